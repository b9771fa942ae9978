// Typesets TeX to MathML with Temml (node_modules, pinned in package.json) for hooks/math_render.py.
// One process serves a whole build: it reads one JSON line per page on stdin,
//   [[tex, display], ...]
// and answers with one JSON line, in the same order,
//   [{"html": "<math>…</math>"} | {"error": "Temml's message"}, ...]
// The browser lays the MathML out itself (MathML Core); the TeX stays in each formula's annotation.
import temml from "temml";
import { createInterface } from "node:readline";

// TeX puts no space around a relation or a binary operator in script size: a subscript or a
// superscript (the limits of a sum too), and a fraction's parts in running text: s_{l+1}, \sum_{t=1},
// \tfrac{1}{1+e^{-z}}. MathML Core spaces them as on the baseline, so each operator there gets
// lspace and rspace 0, as Temml already does for brackets in scripts.
const SCRIPTED = new Set(["msub", "msup", "msubsup", "munder", "mover", "munderover"]);

function tighten(node, small, inText) {
  if (node.type === "mo" && small && !("lspace" in node.attributes)) {
    node.setAttribute("lspace", "0em");
    node.setAttribute("rspace", "0em");
  }
  const style = node.attributes?.displaystyle;
  if (style) inText = style === "false";
  (node.children || []).forEach((child, i) =>
    tighten(child, small || (SCRIPTED.has(node.type) && i > 0) || (node.type === "mfrac" && inText), inText));
}

// In aligned, amsmath starts each cell after an & with {}, so a + or − there is a binary operator,
// spaced: "J = {} & -\frac1m …" and "& + \frac\lambda{2m} …". Temml leaves it first in its mrow,
// taken for a sign (Temml marks the − prefix), drawn unspaced: it is marked infix.
function alignSigns(node) {
  (node.children || []).forEach((cell, i, cells) => {
    if (cell.type === "mtd" && cell.classes.includes("tml-left") && cells[i - 1]?.classes.includes("tml-right")) {
      let first = cell.children[0];
      while (first?.type === "mrow") first = first.children[0];
      if (first?.type === "mo" && ["+", "−"].includes(first.children[0]?.text)) {
        first.setAttribute("form", "infix");
      }
    }
    alignSigns(cell);
  });
}

// TeX puts a thin space between a symbol and a function name after it (y \log h, a \max b); Temml
// puts the name and its space in one mrow, with no space before: one is added there, after a symbol
// or a closing bracket (an operator's or an opening bracket's own spacing applies).
const FUNCTION_APPLICATION = "\u2061";
const CLOSING = new Set([")", "]", "}", "⟩", "|", "‖"]);

function spaceFunctions(node) {
  const children = node.children || [];
  children.forEach((child, i) => {
    const [name, apply] = child.children || [];
    if (i > 0 && child.type === "mrow" && name?.type === "mi" && name.children[0]?.text.length > 1 &&
        apply?.children?.[0]?.text === FUNCTION_APPLICATION &&
        (children[i - 1].type !== "mo" || CLOSING.has(children[i - 1].children[0]?.text))) {
      const space = new child.constructor("mspace");
      space.setAttribute("width", "0.1667em");
      child.children.unshift(space);
    }
    spaceFunctions(child);
  });
}

function mathml(tex, options) {
  const math = temml.__renderToMathMLTree(tex, { throwOnError: true, ...options });
  tighten(math, false, !options.displayMode);
  alignSigns(math);
  spaceFunctions(math);
  return math;
}

const escape = text => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// An inline formula may break across lines where TeX would break it: after a relation or a binary
// operator (or a comma) at its top level. Temml's wrap option gives each piece its own <mrow>, which
// math.css lays out as one box of the line; Temml also ends a piece after a bracket, so a piece that
// ends in anything else is joined to the next. The operator that ends a piece is the last child of
// its mrow, which the browser takes for a postfix operator, drawn without the space around a
// relation: it is marked infix. Temml drops the annotation when it breaks a formula, so it is put
// back around the pieces here. Not after < or >: the pages' comparisons (l < L, z < 0) are short.
const BREAKS_AFTER = new Set("=≠≤≥≈≡∼∝∈∉⊂⊆→←⇒⇔↦≔+−±∓⋅×∗∘⊙⊗∪∩∧∨,".split(""));

// The operator a piece ends with (spaces after it aside) if a line may break after it.
function breakAfter(piece) {
  const last = piece.children.findLast(child => child.type !== "mspace");
  return last?.type === "mo" && !("form" in last.attributes) && BREAKS_AFTER.has(last.children[0]?.text) ? last : null;
}

function inline(tex) {
  const pieces = [];
  // The pieces are the children of <math>, which Temml gathers in a DocumentFragment (no type).
  for (const piece of mathml(tex, { wrap: "tex" }).children.flatMap(child => child.type ? [child] : child.children)) {
    if (pieces.length && !breakAfter(pieces.at(-1))) pieces.at(-1).children.push(...piece.children);
    else pieces.push(piece);
  }
  if (pieces.length < 2) return mathml(tex, { annotate: true }).toMarkup();
  pieces.slice(0, -1).forEach(piece => breakAfter(piece).setAttribute("form", "infix"));
  return `<math><semantics><mrow class="tml-wrap">${pieces.map(piece => piece.toMarkup()).join("")}</mrow>` +
    `<annotation encoding="application/x-tex">${escape(tex)}</annotation></semantics></math>`;
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const answers = JSON.parse(line).map(([tex, displayMode]) => {
    try {
      return { html: displayMode ? mathml(tex, { displayMode, annotate: true }).toMarkup() : inline(tex) };
    } catch (error) {
      if (!(error instanceof temml.ParseError)) throw error;
      return { error: error.message };
    }
  });
  process.stdout.write(JSON.stringify(answers) + "\n");
}
