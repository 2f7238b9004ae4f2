package com.example.festival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlvs.core.repository.Column;
import dev.atlvs.core.repository.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class GigTableTest {

    @Test
    void theProcessorDerivesTheTableOfAnApplicationsOwnValueType() {
        List<String> columns = Gig.TABLE.columns().stream().map(Column::name).toList();

        assertSame(Gig.TABLE, Table.of(Gig.class));
        assertEquals(List.of("organization_id", "id", "stage_name", "show_date", "fee",
                "created_at", "created_by", "updated_at", "updated_by", "version"), columns);
        assertTrue(Gig.TABLE.column("stage_name").orElseThrow().sortable());
        assertTrue(Gig.TABLE.column("show_date").orElseThrow().nullable());
        assertEquals("numeric(12,2)", Gig.TABLE.column("fee").orElseThrow().type().sqlType());
    }
}
