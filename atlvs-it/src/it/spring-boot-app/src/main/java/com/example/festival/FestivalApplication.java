package com.example.festival;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A festival planner on the ATLVS SDK: the starter provides the Atlvs bean and migrates its schema. */
@SpringBootApplication
public class FestivalApplication {

    public static void main(String[] args) {
        SpringApplication.run(FestivalApplication.class, args);
    }
}
