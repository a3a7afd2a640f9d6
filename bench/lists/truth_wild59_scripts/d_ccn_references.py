"""Wild59 truth for CompCogNeuro/CompCogNeuro.github.io content/references.md at e805971 (2025-08-19): the
bibliography page of the online textbook "Computational Cognitive Neuroscience" (O'Reilly, Munakata et al.),
neuroscience / psychology / machine learning references in APA-like style.

Shape: 1192 lines, 596 references, every one a single raw-HTML paragraph on its own line followed by a blank line:
``<p id="AbbottNelson00">Abbott, L.F., & Nelson, S.B. (2000). Synaptic plasticity: taming the beast. Nature
Neuroscience, 3(11), 1178-1183. http://www.nature.com/... http://doi.org/10.1038/81453</p>``.  No heading, no
Markdown markup; the id is a citation key.  Titles are plain text between ``(Year). `` and the next sentence end;
after it come journal, volume, pages, bare URLs (publisher, PubMed, arxiv.org/abs, doi.org -- often two).

Special cases (fixed by hand in OVERRIDE, checked against the line):
- Titles with an inner period or question mark: 131 ``Rate-Based vs. Spike-Based``, 173 ``Whatever next?
  Predictive brains, ...``, 193 ``Donald O. Hebb's ...``, 195 ``... patient H.M.?``, 199 ``Simultanagnosia. To see
  but not two see``, 261 ``There's a S.M.A.R.T. way ...``, part numbers 439 / 441 / 511 / 753 (``... basal ganglia.
  I. A new functional anatomy``), 981 / 1007 (``...: I. Detection, ...``).
- No period before the journal: 673 ``... (Visceral brain) Electroencephalography ...``; 765 and 937 use ``* ``
  instead (``... more data hurt* Journal of ...``); 773 is followed directly by a URL; 775 and 1191 have no venue.
- Edited books put ``(Eds.)`` before the year: 263, 293, 729.
- Kept as written: BibTeX braces ``The {Helmholtz} machine`` (221), lower-case ``the Self-Organizing Map`` (595),
  the LaTeX-accent damage in Piaget's French title (863, ``m'echanisme``), ``Vol III`` (477).
- Trimmed: the edition note `` (1 ed)`` (37) and the page-title suffix `` - ProQuest`` (569) are not part of the
  title.

Decisions:
- Entry = every ``<p id=...>`` reference line (1-1191, odd lines): 596 entries, one line each.  The page is a
  textbook bibliography and mixes articles with books, chapters, theses, preprints and blog posts; all are cited
  works with a title and all count as entries.
- Title = the text after ``(Year). `` (or ``(Eds.) (Year). ``) up to the first ``.``/``?``/``!``/``*`` that ends a
  sentence (a ``?``/``!`` stays in the title), with the OVERRIDE titles above.
- DOIs and arXiv ids come from the bare URLs by the helper (first one found).  Exception set by hand: 273 first
  links an oxfordre.com page whose path ``10.1093/acrefore/9780190236557.001.0001/acrefore-...-e-44`` the helper
  reads as a DOI; the line's explicit ``http://doi.org/10.1093/acrefore/9780190236557.013.44`` is used instead.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "CompCogNeuro__CompCogNeuro.github.io__content__references@e805971.md"
PART = "wild59_development"

PARA = re.compile(r'^<p id="[^"]+">(?P<body>.*)</p>\s*$')
YEAR = re.compile(r"^(?P<authors>.*?)\s(?:\(Eds?\.\)\s)?\((?P<year>[^)]*)\)\.?\s(?P<rest>.*)$")
END = re.compile(r"(?<=[^\s.])(?P<p>[.?!*])(?:\s|$)")

OVERRIDE = {
    37: "The Atomic Components of Thought",
    131: "Philosophy of the Spike: Rate-Based vs. Spike-Based Theories of the Brain",
    173: "Whatever next? Predictive brains, situated agents, and the future of cognitive science",
    193: "Donald O. Hebb's synapse and learning rule: a history and commentary",
    195: "What's new with the amnesic patient H.M.?",
    199: "Simultanagnosia. To see but not two see",
    261: "There's a S.M.A.R.T. way to write managements's goals and objectives",
    439: "A computational model of action selection in the basal ganglia. I. A new functional anatomy",
    441: "A computational model of action selection in the basal ganglia II. Analysis and simulation of behaviour",
    511: "Influence of globus pallidus on arm movements in monkeys. I. Effects of kainic acid-induced lesions",
    569: "Silent plateau potentials in subthalamic neurons and their gating by cortical inputs",
    673: "Some psychiatric implications of physiological studies on frontotemporal portion of limbic system"
    " (Visceral brain)",
    753: "On the computational architecture of the neocortex. II. The role of cortico-cortical loops",
    773: "Fact Finding: Attempting to Reverse-Engineer Factual Recall on the Neuron Level (Post 1)",
    981: "Controlled and Automatic Human Information Processing: I. Detection, Search, and Attention",
    1007: "Controlled and automatic human information processing: II. Perceptual learning, automatic attending,"
    " and a general theory",
}


def title_of(rest: str) -> str:
    m = END.search(rest)
    if not m:
        return rest.strip()
    keep = 1 if m.group("p") in "?!" else 0
    return rest[: m.start("p") + keep].strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = PARA.match(ln)
        if not m:
            continue
        y = YEAR.match(m.group("body"))
        assert y, (n, ln)
        title = OVERRIDE.get(n) or title_of(y.group("rest"))
        if n in OVERRIDE:
            assert OVERRIDE[n].split(" ")[0] in y.group("rest"), (n, OVERRIDE[n])
        p = entry(lines, n, n, title)
        if n == 273:
            p["doi"] = "10.1093/acrefore/9780190236557.013.44"  # explicit doi.org link, not the page path
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 596, len(papers)
    assert sorted(by) == list(range(1, 1192, 2)), "references are on the odd lines"
    assert by[1]["title"] == "Synaptic plasticity: taming the beast" and by[1]["doi"] == "10.1038/81453", by[1]
    assert by[221]["title"] == "The {Helmholtz} machine", by[221]
    assert by[229]["title"] == "What is consciousness, and could machines have it?", by[229]
    assert by[263]["title"] == "Sequential Monte Carlo Methods in Practice", by[263]
    assert by[263]["doi"] == "10.1007/978-1-4757-3437-9", by[263]
    assert by[273]["doi"] == "10.1093/acrefore/9780190236557.013.44", by[273]
    assert by[469]["title"] == "Deep residual learning for image recognition", by[469]
    assert by[469]["arxiv"] == "1512.03385", by[469]
    assert by[765]["title"] == "Deep double descent: where bigger models and more data hurt", by[765]
    assert by[775]["title"] == "Probabilistic Inference Using Markov Chain Monte Carlo Methods", by[775]
    assert by[937]["title"] == "Feature discovery by competitive learning", by[937]
    assert by[1191]["title"] == "First Draft of a Report on the EDVAC", by[1191]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every raw-HTML reference paragraph '<p id=\"Key\">Authors (Year). Title. Venue ... URLs</p>' is one"
        " entry, one line each (the 596 odd lines 1-1191); books, chapters, theses, preprints and posts of this"
        " textbook bibliography count too.  Title = text after '(Year). ' (also after '(Eds.) (Year). ') up to the"
        " first sentence-ending '.', '?', '!' or '*' ('?'/'!' kept), with 16 titles fixed by hand where the title"
        " itself holds a period/question mark or the period before the venue is missing (see docstring).",
        checked="Generated all 596 titles and read them against the lines: every line whose remainder after the"
        " title did not start like a venue/publisher/URL (about 60) and every title ending in a short or"
        " abbreviation-like word (about 25) was inspected; fixed the 16 overrides; compared every helper DOI with the line's"
        " explicit doi.org link (only 273 differed, fixed by hand); spot-checked arXiv ids (469), '(Eds.)' entries (263, 293, 729) and the kept braces (221).",
    )


if __name__ == "__main__":
    main()
