// Validates DCAT-AP catalogue files against the SEMIC DCAT-AP 3.0.1 shapes (and, with --belgian, the Belgian
// federal profile's shapes too). Usage:
//   node validate.mjs [--belgian] [--literals PREDICATE_IRI] FILE...
// A file ending in .ttl is read as Turtle, .jsonld as JSON-LD (its context must be inline: nothing is fetched).
// Prints every result; exits 1 when any result has severity sh:Violation (warnings and infos are printed, not
// fatal), 2 when a file cannot be read or parsed. With --literals it also prints, as one JSON line per file, every
// literal of that predicate ({subject, value, language}), so that a caller can check a round trip.
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import rdf from '@zazuko/env'
import N3 from 'n3'
import jsonld from 'jsonld'
import SHACLValidator from 'rdf-validate-shacl'

const here = dirname(fileURLToPath(import.meta.url))
const fixtures = join(here, '..', 'fixtures', 'dcat-ap')
const SH = 'http://www.w3.org/ns/shacl#'

function parseTurtle (text, baseIRI) {
  const parser = new N3.Parser({ baseIRI })
  return parser.parse(text)
}

async function parseJsonLd (text, baseIRI) {
  const doc = JSON.parse(text)
  const refuse = async (url) => { throw new Error('remote context refused (the catalogue must be self-contained): ' + url) }
  const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', base: baseIRI, documentLoader: refuse, safe: true })
  return new N3.Parser({ format: 'application/n-quads' }).parse(nquads)
}

async function load (file) {
  const text = await readFile(file, 'utf8')
  const base = 'file://' + file
  const quads = file.endsWith('.jsonld') || file.endsWith('.json') ? await parseJsonLd(text, base) : parseTurtle(text, base)
  // Validation works on the default graph.
  return rdf.dataset(quads.map(q => rdf.quad(q.subject, q.predicate, q.object)))
}

async function main () {
  const args = process.argv.slice(2)
  let belgian = false
  let literals = null
  const files = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--belgian') belgian = true
    else if (args[i] === '--literals') literals = args[++i]
    else files.push(args[i])
  }
  if (files.length === 0) {
    console.error('usage: node validate.mjs [--belgian] [--literals PREDICATE_IRI] FILE...')
    process.exit(2)
  }

  const shapeFiles = [join(fixtures, 'semic-3.0.1', 'dcat-ap-SHACL.ttl')]
  if (belgian) shapeFiles.push(join(fixtures, 'belgif', 'bedcatap2.shacl'))
  const shapes = rdf.dataset()
  for (const f of shapeFiles) {
    for (const q of parseTurtle(await readFile(f, 'utf8'), 'file://' + f)) shapes.add(q)
  }
  const validator = new SHACLValidator(shapes, { factory: rdf })

  let violations = 0
  for (const file of files) {
    let data
    try {
      data = await load(file)
    } catch (e) {
      console.error(`${file}: cannot parse: ${e.message}`)
      process.exit(2)
    }
    const report = await validator.validate(data)
    const counts = {}
    for (const r of report.results) {
      const severity = r.severity?.value?.replace(SH, '') ?? 'Violation'
      counts[severity] = (counts[severity] ?? 0) + 1
      if (severity === 'Violation') violations++
      const message = r.message.map(m => m.value).join(' ')
      console.log(`${file}: ${severity}: ${r.focusNode?.value} ${r.path?.value ?? ''} — ${message} (${r.sourceConstraintComponent?.value?.replace(SH, 'sh:')}, value ${r.value?.value ?? '-'})`)
    }
    console.log(`${file}: ${data.size} triples, ${JSON.stringify(counts)}${report.conforms ? ', conforms' : ''}`)
    if (literals) {
      const found = [...data.match(null, rdf.namedNode(literals), null)]
        .filter(q => q.object.termType === 'Literal')
        .map(q => ({ subject: q.subject.value, value: q.object.value, language: q.object.language }))
      console.log('LITERALS ' + JSON.stringify(found))
    }
  }
  console.log(`violations: ${violations}`)
  process.exit(violations > 0 ? 1 : 0)
}

main().catch(e => { console.error(e); process.exit(2) })
