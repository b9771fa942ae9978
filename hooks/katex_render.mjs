// Typesets TeX with the vendored KaTeX (node_modules, pinned in package.json) for hooks/katex_render.py.
// One process serves a whole build: it reads one JSON line per page on stdin,
//   [[tex, display], ...]
// and answers with one JSON line, in the same order,
//   [{"html": "..."} | {"error": "KaTeX's message"}, ...]
// htmlAndMathml: the HTML is what readers see; the MathML is what screen readers read.
import katex from "katex";
import { createInterface } from "node:readline";

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const answers = JSON.parse(line).map(([tex, displayMode]) => {
    try {
      return { html: katex.renderToString(tex, { displayMode, throwOnError: true, output: "htmlAndMathml" }) };
    } catch (error) {
      if (!(error instanceof katex.ParseError)) throw error;
      return { error: error.message };
    }
  });
  process.stdout.write(JSON.stringify(answers) + "\n");
}
