"""Wild50 truth for Jongchan/arxiv-screening papers_to_read.md: one person's (Jongchan Park's) to-read list kept
beside his arXiv-screening notes, newest commit touching it (7aeabaf, 2018-10-31).

Shape: 35 lines, 2.8 KB.  ``### papers to read`` (1), then 12 top-level bullets ``- [Title](url)`` (arXiv abs/pdf,
distill.pub, a university PDF, OpenReview), two of them followed by ``, NIPS2018`` after the link (26, 29), each with
indented comment sub-bullets (2-space indent, once 4 spaces at 20) giving the reader's own notes and questions.

Special cases:
- 14-15: inside the comments of ``Data Augmentation by Pairing Samples for Images Classification`` (13) two other
  papers are named by nickname links: ``Similar as [Between-Class](CVF url)`` and ``Also similar as
  [mixup](arxiv 1710.09412)``.  Each names one research work as a list item, so each is an entry; the link texts are
  nicknames, not the papers' titles (``Between-Class Learning for Image Classification``, ``mixup: Beyond Empirical
  Risk Minimization``), so their titles are None.
- 12 ``[Link to a summary blog](naver blog)`` under Borderline-SMOTE is a blog post: not an entry, part of 10's span.
- 8 ``Feature-wise transformations`` is a Distill article (a peer-reviewed online journal): an entry.
- 6 is written ``Dynamic Routing with Capsules`` (the paper says "Between"): kept as written.
- 10 Borderline-SMOTE links a PDF on a university server (an LNCS paper): no id.

Decisions:
- Entry = each top-level ``- [Title](url)`` bullet (12) plus the two nickname mentions at 14 and 15 (14 in all).
- A top-level entry spans its bullet and its comment sub-bullets; 13 spans only its own line, because its two
  sub-bullets are the nested entries (else 13 would take mixup's arXiv id).
- title = the link text of the top-level bullets (the ``, NIPS2018`` venue after the link dropped); None for the
  nickname mentions.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "Jongchan__arxiv-screening__papers_to_read@7aeabaf.md"
PART = "wild50_development"

TOP = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)(?P<tail>, NIPS2018)?$")
NICK = re.compile(r"^  - (?:Similar as|Also similar as) \[(?P<nick>Between-Class|mixup)\]\((?P<url>[^)]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "### papers to read"
    papers = []
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("- ")]
    assert all(TOP.match(lines[n - 1]) for n in starts), [lines[n - 1] for n in starts if not TOP.match(lines[n - 1])]
    for i, n in enumerate(starts):
        nxt = starts[i + 1] if i + 1 < len(starts) else len([ln for ln in lines if ln]) + 1
        end = nxt - 1
        nested = [k for k in range(n + 1, end + 1) if NICK.match(lines[k - 1])]
        if nested:
            for k in nested:
                papers.append(entry(lines, k, k, None))
            end = n
        for k in range(n + 1, end + 1):
            assert lines[k - 1].startswith("  "), (k, lines[k - 1])
        papers.append(entry(lines, n, end, TOP.match(lines[n - 1]).group("title")))
    t = {p["line"]: p for p in papers}
    assert sorted(t) == [2, 4, 6, 8, 10, 13, 14, 15, 16, 21, 24, 26, 29, 32], sorted(t)
    assert (t[2]["title"], t[2]["end"], t[2]["arxiv"]) == (
        "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks", 3, "1703.03400"), t[2]
    assert (t[8]["title"], t[8]["arxiv"]) == ("Feature-wise transformations", None), t[8]
    assert (t[10]["end"], t[10]["arxiv"], t[10]["doi"]) == (12, None, None), t[10]
    assert (t[13]["end"], t[13]["arxiv"]) == (13, None), t[13]
    assert (t[14]["title"], t[14]["arxiv"], t[15]["title"], t[15]["arxiv"]) == (None, None, None, "1710.09412")
    assert (t[16]["end"], t[26]["title"], t[26]["arxiv"]) == (20, "A2-Nets: Double Attention Networks", "1810.11579")
    assert (t[32]["end"], t[32]["arxiv"]) == (35, "1808.07233"), t[32]
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level '- [Title](url)' bullet is an entry (12) spanning its comment sub-bullets; the two sub-bullets"
        " of 13 that name other papers by nickname links ('Similar as [Between-Class](...)' 14, 'Also similar as"
        " [mixup](...)' 15) are entries too (title None: nicknames, not titles), and 13 then spans its own line only."
        " Title = link text, ', NIPS2018' after the link dropped. The naver summary-blog link (12) is not an entry.",
        "Read all 35 lines; compared -v for all 14 entries: spans (2-3, 4-5, 6-7, 8-9, 10-12, 13, 14, 15, 16-20 with the"
        " 4-space sub-bullet, 21-23, 24-25, 26-28, 29-31, 32-35), titles as link text, arXiv ids from abs and pdf"
        " links (10 of 14), none from distill.pub, the ugr.es PDF, OpenReview or CVF; no DOI.",
    )


if __name__ == "__main__":
    main()
