"""Wild45 truth for Naowak/Thesis README.md: a PhD student's reading list for a thesis on reservoir computing,
recurrent/memory architectures and language models (Inria Bordeaux; reservoirs, Hopfield networks, ESNs,
transformers, MoE), newest commit (3d0ebeb, 2025-05-23; the README last changed in b1085f0, 2024-06-26).

Shape: 263 lines.  ``# Thesis`` / ``## Papers``, then one ``###`` heading per year
from 2024 down to 1991 (5, 17, 90, 105, 132, 175, 194, 205, 220, 227, 238, 245, 252, 259), year groups separated by
``------`` / ``----`` / ``---`` rules.  Every record is a link bullet ``- [Title (YEAR)](url)`` followed by a blank
line and a one-paragraph summary written by the student (English, twice French: 13, 263); some records add lines
between the bullet and the summary: the RetNet record a blog/code link pair ``[Explanation](medium...) |`` /
``[GitHub](...)`` (39-40), the reservoir-attention record an italic ``*Still in review.*`` (33).  Links go to arXiv
(pdf/abs), ACM, ScienceDirect, Springer, ACL Anthology, Nature, bioRxiv, HAL, ResearchGate, personal pages and a
sci-hub mirror (``sci-hub.../10.1007/...``, ``sci-hub.../https://doi.org/10.1002/wcs.142``).

Special cases:
- 77: ``-[Analyzing Transformers in Embedding Space (2023)](...)`` has no space after the dash (renders as a
  paragraph, not a list item); still a record of the list.
- 31: the reservoir-attention paper's link is empty ``[...]()``: an entry with no id.
- The YEAR in the link text is the list's tag (sometimes the arXiv or publication year of another version, e.g.
  ``Generalized Hopfield Networks ... (2021)`` for arXiv 1702.01929); it is not part of the title.
- Nickname prefixes written into the link text are kept (``RWKV : Reinventing RNNs ...``, ``GRU : Learning Phrase
  Representations ...``), as are the list's own title spellings ("Theoritical", "Hopfield Networks is All You
  Need").
- 191: the summary under "Behaviors of Reservoir Computing Models for Textual Documents Classification" is a copy of
  the "Jump to Conclusions" summary (83); it still belongs to the 189 record.
- IDs: DOIs appear literally inside sci-hub mirror URLs (166, 185, 189, 240), ACM ``/doi/pdf/`` (53), Springer
  (158, 261) and bioRxiv (150) URLs and are taken as written; the LabRI PDF name ``10.1162.neco_a_01249`` (138) is
  not a DOI form.

Decisions:
- Entry = each ``- [`` / ``-[`` link record, from the link line through its summary paragraph (and the extra lines
  33 / 39-40), ending before the next record, rule or heading; title = the link text without the trailing
  ``(YEAR)``.
- Not entries: headings, rules; the medium blog and GitHub links inside the RetNet record are part of that record.
"""
import re

from _wild45 import entry, read_lines, write_truth

NAME = "Naowak__Thesis__README@3d0ebeb.md"
PART = "wild45_development"

LINK = re.compile(r"^- ?\[(?P<t>.+) \((?P<year>\d{4})\)\]\((?P<u>[^)]*)\)\s*$")
STOP = re.compile(r"^(?:-+\s*$|#|- ?\[)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Thesis" and lines[2] == "## Papers"
    papers = []
    n = 0
    while n < len(lines):
        ln = lines[n]
        if not ln.startswith("-") or re.fullmatch(r"-+\s*", ln):
            assert ln == "" or ln.startswith("#") or re.fullmatch(r"-+\s*", ln), (n + 1, ln)
            n += 1
            continue
        m = LINK.match(ln)
        assert m, (n + 1, ln)
        first = n + 1
        last = first
        k = n + 1
        while k < len(lines) and not STOP.match(lines[k]):
            if lines[k].strip():
                last = k + 1
            k += 1
        papers.append(entry(lines, first, last, m.group("t")))
        n = k
    t = {p["line"]: p for p in papers}
    assert (t[7]["end"], t[7]["title"], t[7]["arxiv"]) == (9, "Mixtral of Experts", "2401.04088"), t[7]
    assert (t[31]["end"], t[31]["arxiv"], t[31]["doi"]) == (35, None, None), t[31]
    assert (t[37]["end"], t[37]["arxiv"]) == (42, "2307.08621"), t[37]
    assert t[77]["title"] == "Analyzing Transformers in Embedding Space", t[77]
    assert t[229]["title"].startswith("GRU : Learning Phrase Representations"), t[229]
    assert t[240]["doi"] == "10.1002/wcs.142", t[240]
    assert t[150]["doi"] == "10.1101/770495", t[150]
    assert t[138]["doi"] is None, t[138]
    assert (t[261]["end"], t[261]["doi"]) == (263, "10.1007/bf00114844"), t[261]
    assert len(papers) == 53, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title (YEAR)](url)' record (one written '-[' without a space, 77) is an entry (53), spanning the"
        " link line through its summary paragraph (with the 'Still in review' note 33 and the Explanation/GitHub"
        " links 39-40 inside their records) up to the next record, rule or heading; title = the link text without"
        " the trailing '(YEAR)'; headings and rules are not entries.",
        "Read the whole 263-line file and compared all -v lines: first/last record of every year heading (7/11,"
        " 19/85, 92/100, 107/127, 134/170, 177/189, 196/200, 207/215, 222, 229/233, 240, 247, 254, 261), the empty"
        " link 31-35, the RetNet record 37-42, the no-space '-[' record 77, the copied summary 191 kept with 189,"
        " nickname titles 23/229, French summaries 13/263, the last record 261-263 ending the file; ids:"
        " arXiv from pdf/abs links, DOIs from sci-hub mirror URLs (166, 185, 189, 240), ACM 53, Springer 158/261,"
        " bioRxiv 150 (version and .full.pdf dropped), none from the LabRI PDF name 138, ScienceDirect pii, Nature,"
        " HAL, ResearchGate, ACL Anthology.",
    )


if __name__ == "__main__":
    main()
