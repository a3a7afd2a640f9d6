"""Wild53 truth for MNoichl/network_epistemology_playground literature.md: a philosophy-of-science working note on
Bala-Goyal / Zollman-style agent-based models of scientific communities (network epistemology), newest commit
(b1ad703, 2024-07-12).

Shape: 211 lines, 20 KB, prose first and a reading list after it.  ``# Literature`` (1) with an intro whose bullets
only cite works inline ``(Zollman, 2007, 2010)`` / ``(Rosenstock et al., 2017)`` (4-12); ``# Paper`` (16) holds a
draft abstract, introduction and model section (18-62) full of inline author-year citations; ``## Footnotes`` (64)
opens ``[^*]: Bibliographical information:`` (65) with five Chicago-style bullets (67-71):
``- Frey, Daniel, and Dunja Šešelja. 2018. ‘What Is ...?’ Philosophy of the Social Sciences, April. https://doi.org/...``;
two more footnotes ``[^1]`` / ``[^2]`` (73, 75) are prose.  ``# Required reading`` (79) and ``# Optional reading?``
(173) then give one ``## Author(s). Year. Title`` heading per paper (13 headings, 81-208), most followed on the next
line by a bare ``https://doi.org/...`` link and a bullet list of notes (claims, results, quotes).

Special cases:
- Heading titles are written bare (``## Zollman. 2007. The Communication Structure of Epistemic Communities``) or in
  curly single quotes, sometimes with a dot after the closing quote (``‘Conservatism and ...’.``) or a trailing space.
- The DOI lines 102/114/132/152/176/184 end with a sentence dot (``.../axv013.``); two headings have no DOI line
  (Zollman 2007 at 81, Holman and Bruner 2015 at 201).
- The footnote list mixes a book chapter (Bokulich 67), articles (68, 71), a Stanford Encyclopedia of Philosophy entry
  (Frigg and Hartmann 69) and a book (Weisberg 2013, 70, unquoted title).
- Frey and Šešelja 2018 appears twice (footnote 68 and heading 113): two entries.

Decisions:
- Entry = each ``## Author. Year. Title`` heading of the two reading sections (13; span = the heading to the last
  non-blank line before the next heading of any level, so its DOI line and notes belong to it), plus each footnote
  bibliography bullet that is a paper or chapter (4: 67, 68, 69, 71).  The SEP entry counts as a reference-work
  chapter; the Weisberg book (70) is not an entry.
- Title = the heading text after ``Author(s). Year. `` / the bullet's quoted ``‘...’`` text; the curly quotes and a
  dot after them are dropped.
- Not entries: inline author-year citations in the intro, abstract and prose (Zollman 2007, Rosenstock et al.,
  Albert and Barabási 2002, "Duijf, unpublished draft", ...), the prose footnotes, and the draft's own headings.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "MNoichl__network_epistemology_playground__literature@b1ad703.md"
PART = "wild53_development"

HEAD = re.compile(r"^## (?P<auth>[^.]+)\. (?P<year>\d{4})\. (?P<title>.+?)\s*$")
FOOT = re.compile(r"^- (?P<auth>[^.]+(?:\.[^.\d][^.]*)?)\. (?P<year>\d{4})\. ‘(?P<title>[^’]+)’")


def unquote(title: str) -> str:
    title = title.strip()
    m = re.fullmatch(r"‘(.+)’\.?", title)
    return m.group(1) if m else title


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Literature"
    papers = []
    start = lines.index("# Required reading") + 1
    heads = [n for n, ln in enumerate(lines, 1) if n > start and ln.startswith("## ")]
    for n in heads:
        m = HEAD.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        stop = next((k for k in range(n + 1, len(lines) + 1) if lines[k - 1].startswith("#")), len(lines) + 1) - 1
        while not lines[stop - 1].strip():
            stop -= 1
        papers.append(entry(lines, n, stop, unquote(m.group("title"))))
    foot = lines.index("[^*]: Bibliographical information:") + 1
    n = foot + 1
    while not lines[n].startswith("[^"):
        ln = lines[n]
        n += 1
        if not ln.startswith("- "):
            continue
        m = FOOT.match(ln)
        if not m:
            assert ln.startswith("- Weisberg, Michael. 2013. Simulation and Similarity"), (n, ln)  # a book
            continue
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(heads) == 13 and len(papers) == 17, (len(heads), len(papers))
    t = {p["line"]: p for p in papers}
    assert t[69]["title"] == "Models in Science" and t[69]["doi"] is None, t[69]
    assert t[68]["doi"] == "10.1177/0048393118767085", t[68]
    assert t[81]["title"] == "The Communication Structure of Epistemic Communities" and t[81]["doi"] is None, t[81]
    assert (t[101]["title"], t[101]["doi"]) == (
        "Network Epistemology: Communication in Epistemic Communities", "10.1111/j.1747-9991.2012.00534.x"), t[101]
    assert t[175]["title"] == "Conservatism and the Scientific State of Nature", t[175]
    assert t[175]["doi"] == "10.1093/bjps/axv013", t[175]
    assert t[208]["title"] == (
        "How to Beat Science and Influence People: Policymakers and Propaganda in Epistemic Networks"), t[208]
    write_truth(
        NAME,
        PART,
        papers,
        "Each '## Author(s). Year. Title' heading under '# Required reading' / '# Optional reading?' is an entry (13,"
        " span = heading to the last non-blank line before the next heading, taking its bare doi.org line), title ="
        " the text after 'Year. ' with curly quotes and a dot after them dropped; plus the footnote bibliography"
        " bullets 67-71 that are papers or chapters (4: Bokulich chapter, Frey and Šešelja 2018, the SEP entry"
        " 'Models in Science', Ylikoski and Aydinonat), title = the quoted text; the Weisberg 2013 book (70) and all"
        " inline author-year citations in the prose are not entries; the repeat of Frey and Šešelja 2018 counts twice.",
        "Read all 211 lines; compared -v for all 17 entries: titles bare (81, 96) or quoted with/without a trailing"
        " dot (175, 183, 188, 196, 201) or space (113, 151); DOIs from the next-line doi.org links with the sentence"
        " dot dropped (102, 114, 132, 152, 176, 184), none for 81 and 201 and the SEP bullet 69; intro/abstract"
        " citations and the [^1]/[^2] footnotes checked to hold no listed paper.",
    )


if __name__ == "__main__":
    main()
