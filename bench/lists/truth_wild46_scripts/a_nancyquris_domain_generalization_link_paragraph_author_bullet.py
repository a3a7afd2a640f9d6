"""Wild46 truth for NancyQuris/DomainGeneralizationResources paper-list.md: a student's list of domain generalization
papers (out-of-distribution generalization, mostly vision), sorted by method family; newest commit (a18ef68,
2022-09-20).

Shape: 209 lines, 11 KB.  ``# Domain generalization papers`` (1) and an intro sentence (2) saying that italic titles
mark domain adaptation papers with similar methods.  ``##`` families (Surveys 4, Task Definition 17, Domain-invariant
Representation Learning 25, Data Augmentation 92, Learning Strategies 151) with ``###`` sub-families below the last
three.  Every record is two lines: a paragraph that is only a Markdown link ``[Title](url)`` and, on the next line, a
one-item bullet ``- Author, Author, ...`` with the full author list; records are separated by blank lines (two
before some headings).  Links go to arXiv abs pages, CVF open access PDFs, NeurIPS proceedings, OpenReview, AAAI OJS,
ECVA, ACM DL and personal pages (MIT CSAIL PDFs).  The file ends with a Markdown comment
``[comment]: <## Ensemble-based Approaches>`` (206), a link reference definition that renders as nothing.

Special cases:
- Italic link texts ``[_Title_](url)`` (100, 174, 177, 183) are domain adaptation papers by the intro's own legend;
  they are papers of the list like the others (entries); the underscores are markup and not part of the title.
- 86: the author bullet ends ``..., and Antonio Torralba`` (the only ``and``); the authors are never part of the
  title.
- Titles keep the list's own spellings (``Deep Domain-Adersarial Image Generation ...`` 103).
- Nickname prefixes written into the link text are kept (``SelfReg: ...``, ``AADG: ...``, ``PCL: ...``,
  ``SWAD: ...``, ``Fishr: ...``, ``BatchFormer: ...``, ``CADG: ...``).

Decisions:
- Entry = each link paragraph plus its author bullet (2 lines); title = the link text, markup removed.
- Not entries: headings, the intro, the trailing ``[comment]`` line.
- Ids from the two lines: arXiv abs links; the ACM ``dl.acm.org/doi/10.1145/...`` DOI (183); none from CVF,
  NeurIPS, OpenReview, AAAI OJS, ECVA or personal PDFs.
"""
import re

from _wild46 import entry, read_lines, write_truth

NAME = "NancyQuris__DomainGeneralizationResources__paper-list@a18ef68.md"
PART = "wild46_development"

LINK = re.compile(r"^\[(?P<t>[^\]]+)\]\((?P<u>https?://[^)\s]+)\)$")
AUTHORS = re.compile(r"^- \S.*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Domain generalization papers"
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= 2 or not ln.strip() or ln.startswith("#"):
            continue
        if n == 206:
            assert ln == "[comment]: <## Ensemble-based Approaches>", ln
            continue
        if AUTHORS.match(ln):
            assert LINK.match(lines[n - 2]), (n, ln)
            continue
        m = LINK.match(ln)
        assert m, (n, ln)
        assert AUTHORS.match(lines[n]), (n, lines[n])
        papers.append(entry(lines, n, n + 1, m.group("t")))
    t = {p["line"]: p for p in papers}
    assert (t[5]["title"], t[5]["end"], t[5]["arxiv"]) == ("In Search of Lost Domain Generalization", 6, "2007.01434")
    assert t[100]["title"] == "Adversarial Domain Adaptation with Domain Mixup", t[100]
    assert (t[183]["title"], t[183]["doi"]) == (
        "Transferrable Contrastive Learning for Visual Domain Adaptation", "10.1145/3474085.3475496"), t[183]
    assert t[202]["title"] == "Domain Generalization via Model-agnostic Learning of Semantic Features", t[202]
    assert not any(re.search(r"[_*\[\]]", p["title"]) for p in papers)
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '[Title](url)' paragraph with the '- authors' bullet under it is an entry (59, two lines each); title ="
        " the link text with markup removed (the italic '[_Title_](url)' domain adaptation papers 100/174/177/183 are"
        " entries too); headings, the intro and the trailing '[comment]' link definition are not entries.",
        "Read the whole 209-line file; checked that every non-blank, non-heading line is either a link paragraph or"
        " an author bullet right after one (59 pairs) apart from the intro and 206; compared -v at the first/last"
        " record of each section (5/14, 18/21, 27/42, 46/61, 65/68, 72/81, 85/88, 94/109, 113/119, 123/135,"
        " 139/148, 153/156, 160/163, 167/170, 174/186, 190/193, 197, 202), the italic titles 100/174/177/183, the"
        " typo title 103, nickname titles 39/78/109/163/186/197; ids: arXiv abs links, ACM DOI 183, nothing from"
        " CVF/NeurIPS/OpenReview/AAAI/ECVA/MIT PDFs.",
    )


if __name__ == "__main__":
    main()
