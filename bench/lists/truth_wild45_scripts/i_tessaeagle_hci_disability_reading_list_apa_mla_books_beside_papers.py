"""Wild45 truth for tessaeagle/academicpages.github.io ``_pages/reading-lists.md``: an HCI researcher's personal
reading list (HCI and technology, disability and accessibility, neurodivergence, assistive technology, mental
health, qualitative methods) on an academicpages Jekyll site.

Shape (71 lines): YAML front matter (1-7), a Liquid include and one intro sentence (11-12), then nine ``##``
topic headings, each followed by ``- `` bullets with one reference per line, no links except bare URLs at the end
of some.  The references are copied from Google Scholar in two styles: MLA (``Benjamin, Ruha. "Race after
technology." Social Theory Re-Wired. Routledge, 2023.``; ``Gray, Mary L., and Siddharth Suri. Ghost work: ...
Eamon Dolan Books, 2019.``) and APA (``Spiel, K., Haimson, O. L., & Lottridge, D. (2019). How to do better with
gender on surveys: a guide for HCI researchers. Interactions, 26(4), 62-65. https://dl.acm.org/doi/abs/...``,
conference papers with ``(2020, April)`` and ``In Proceedings of ...``).  Scholar's quote artefacts are kept in
the titles: ``" I am just terrified of my future"—Epistemic Violence ...`` (43), ``knowing the" other"`` (48),
``Making" safe" community-centered ...`` (53), ``" I think people are powerful" The Sociality ...`` (67).  The
list mixes books, an edited book, book excerpts reprinted in a reader, a documentary (23) and a TED talk (32)
with papers.

Decisions:
- Entries (24): the bullets whose work is an article, conference paper or technical report: the APA papers with
  ACM DL links (24, 25, 41-49, 52-56, 58, 66, 67), the CHI paper without a link (57), Braun & Clarke's journal
  article (70), Muller & Kogan's IBM Center for Social Software report (71), Winner's article "Do artifacts have
  politics?" reprinted in a book (21), and Sins Invalid's primer as cited with page numbers 149-150 of a 2017
  journal issue (31, MLA, quoted title).
- Not entries: books and edited books (17, 19, 20, 22, 28, 29, 30, 33, 37, 38, 61, 62, 65), book excerpts cited
  as chapters of the reader "Social Theory Re-Wired" or under the book's own name (15, 16, 18), Walker's
  "Neuroqueer heresies" (36, a book, cited by Scholar with quotes and no venue), the documentary (23) and the
  TED talk (32).
- Span: the bullet's line.
- Title: APA, the text after ``(year[, month]). `` up to the first ``. ``; MLA (31), the quoted text.  The
  separator dot is dropped; ``politics?.`` keeps its ``?``.
- Ids: the ACM DL URLs give DOIs (``/doi/abs/``, ``/doi/fullHtml/``, ``/doi/``); 57, 70 and 71 have none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "tessaeagle__academicpages.github.io___pages__reading-lists@2247b62.md"
PART = "wild45_development"

PAPERS = {21, 24, 25, 31, *range(41, 50), *range(52, 59), 66, 67, 70, 71}
NOT_PAPERS = {15, 16, 17, 18, 19, 20, 22, 23, 28, 29, 30, 32, 33, 36, 37, 38, 61, 62, 65}
APA = re.compile(r"^- .+? \((\d{4})(?:, [A-Z][a-z]+)?\)\. (.+?\.)(?: |$)")
MLA_QUOTED = re.compile(r'^- [^"]+\. "(.+?)" \(2017\): 149-150\.$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            assert n <= 12 or not ln.strip() or ln.startswith("## "), (n, ln)
            continue
        bullets += 1
        if n in NOT_PAPERS:
            continue
        assert n in PAPERS, (n, ln)
        if n == 31:
            title = MLA_QUOTED.match(ln).group(1)
        else:
            m = APA.match(ln)
            assert m, (n, ln)
            title = m.group(2)
        papers.append(entry(lines, n, n, title))
    assert bullets == len(PAPERS) + len(NOT_PAPERS) == 43, bullets
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- ' bullet is one reference; the 24 whose work is an article, conference paper or technical report"
        " are entries (APA papers, Winner's reprinted article, Sins Invalid's 2017 journal primer, an IBM report),"
        " the books, edited books, book excerpts, a documentary and a TED talk are not; title = the APA title after"
        " '(year[, month]). ' up to the first '. ' (the MLA quoted title for line 31), Scholar's stray quotes kept;"
        " DOIs from the ACM DL URLs.",
        "All 43 bullets read by eye and sorted into papers and non-papers (list in the docstring); all 24 -v lines"
        " compared with the file: the quote artefacts (43, 48, 53, 67), 'politics?.' (21), the MLA primer (31),"
        " the unlinked 57, 70, 71, em dashes in 54 and 55; DOIs checked for the abs, fullHtml and plain ACM DL"
        " URLs.",
    )


if __name__ == "__main__":
    main()
