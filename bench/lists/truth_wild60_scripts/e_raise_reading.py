"""Wild60 truth for BeanHam/urban-reading-list README.md at e18b0b8 (2021-05-31): the paper list of the
"Responsible AI System & Experience (RAISE)" reading group, grouped by topic.

Why this commit: the newest commit touching README.md (e18826d, 2023-07-27) has cut the README down to a short
index (the papers moved to per-topic files), so the last commit where README.md is still the RAISE reading-group
list is taken.

Shape: 60 lines.  Title "# RAISE-reading-resources" (1), an HTML comment with an image (3), an intro naming the
reading group and a bullet list of the covered topics (5-10; topic names, not papers).  Then five sections, each
introduced by a ``---------`` rule and a ``### <topic>`` heading:
- Transfer Learning & Transferability (15-23, 9 papers),
- Bias & Fairness (28, 1 paper),
- Interpretability & Explanability (32, 1 paper),
- Image Inpainting (36-45, 10 papers),
- Self-Supervised Representation Learning (49-60, 12 papers).
Every paper is one bullet ``- **(MM/YYYY)** [Title](url)``: a bold parenthesised month/year, then the title as
link text.  No authors, no venue, no descriptions.

Special cases:
- Links are mostly arxiv.org/abs (one with a version, 55 ``1805.01978v1``); 22 is openreview.net, 32 a
  dl.acm.org/doi link (DOI 10.1145/3313831.3376590), 43 and 60 direct PDFs on personal/lab sites.
- "Context Encoders: Feature Learning by Inpainting" is listed twice (44 under Image Inpainting, 58 under
  Self-Supervised Representation Learning): two entries.
- 56 writes "...by Cross-Channel Predictio" (the author's truncation of "Prediction"); kept as written.
- 21 writes "Task taxonomy" in lower case; kept as written.

Decisions:
- Entry = every ``- **(` bullet; one line each.  Title = the link text.  The topic bullets of the intro (6-10)
  are not entries.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "BeanHam__urban-reading-list__README@e18b0b8.md"
PART = "wild60_development"

BULLET = re.compile(r"^- \*\*\((?:\d\d/)?\d{4}\)\*\* \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 33, len(papers)
    assert sorted(by) == [*range(15, 24), 28, 32, *range(36, 46), *range(49, 61)], sorted(by)
    assert by[15]["title"] == "Learning Transferable Visual Models From Natural Language Supervision", by[15]
    assert by[15]["arxiv"] == "2103.00020", by[15]
    assert by[22]["title"] == "An Information-Theoretic Metric of Transferability for Task Transfer Learning", by[22]
    assert by[32]["title"] == "Questioning the AI: Informing Design Practices for Explainable AI User Experiences"
    assert by[32]["doi"] == "10.1145/3313831.3376590", by[32]
    assert by[44]["title"] == by[58]["title"] == "Context Encoders: Feature Learning by Inpainting"
    assert by[55]["arxiv"] == "1805.01978", by[55]
    assert by[56]["title"] == "Split-Brain Autoencoders: Unsupervised Learning by Cross-Channel Predictio", by[56]
    assert by[60]["title"] == "Extracting and composing robust features with denoising autoencoders", by[60]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '- **(MM/YYYY)** [Title](url)' under the five topic headings is one entry, one line"
        " each; title = the link text as written (typo 'Predictio' and lower-case 'taxonomy' kept).  The intro's"
        " topic bullets are not entries; the duplicate 'Context Encoders' (44, 58) gives two entries.",
        checked="Read the whole file; compared the -v output with all 33 bullets, the duplicate at 44/58, the"
        " arXiv ids (incl. the versioned 1805.01978v1), the dl.acm.org DOI at 32 and the non-arXiv links (22, 43, 60).",
    )


if __name__ == "__main__":
    main()
