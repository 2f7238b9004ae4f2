// Runs after the Spring Boot application's build: its tests ran and passed.
import groovy.xml.XmlSlurper

def reports = new File(basedir, 'target/surefire-reports')
def suites = reports.isDirectory() ? reports.listFiles().findAll { it.name ==~ /TEST-.*\.xml/ } : []
assert !suites.isEmpty() : "no surefire report in ${reports}"
int tests = 0, failed = 0, skipped = 0
suites.each { file ->
    def suite = new XmlSlurper().parse(file)
    tests += suite.@tests.toInteger()
    failed += suite.@failures.toInteger() + suite.@errors.toInteger()
    skipped += suite.@skipped.toInteger()
}
assert tests >= 5 : "expected at least 5 tests, ran ${tests}"
assert failed == 0 : "${failed} tests failed; see ${new File(basedir, 'build.log')}"
assert skipped == 0 : "${skipped} tests skipped"
println "Spring Boot application: ${tests} tests passed"
return true
