"""Wild4 truth for fregu856/website content/post/phd_of_reading.md: a Hugo blog post ("The How and
Why of Reading 300 Papers in 5 Years") by a PhD student who keeps a public reading log.

Shape: TOML front matter, then essay sections ('#### Why I read a lot of papers', ...) whose
prose links a GitHub repository, a reading-group page, Zotero, arXiv listing pages, an image tool;
one '- ' list of places to find papers (74-79: 'arXiv.', 'Twitter.', ..., no links); then '### 30
Particularly Interesting and/or Well-Written Papers' with four bold labels ('**Uncertainty
Estimation:**', ...) over '- [_Title_](url) (Venue Year)' lines; then statistics and images.

Entry: every '- [_Title_](url) (...)' line of the 30-paper section (30, lines 91-129).  The list of
sources (74-79) and every prose link are not entries (no paper named).  Title = the italic link
text.  arXiv ids from arxiv.org links; DOIs from the ACM link (dl.acm.org/doi/pdf/10.5555/...) and
the two Springer article links; the ScienceDirect pii link, JMLR, PMLR and NeurIPS proceedings
links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "fregu856__website__content__post__phd_of_reading@5a3d206.md"
PART = "wild4_development"

ITEM = re.compile(r"- \[_(.+?)_\]\((https?://[^)\s]+)\) \([^)]+\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if text.startswith("- ["):
            m = ITEM.fullmatch(text)
            assert m, (i, text)
            papers.append(entry(lines, i, i, m.group(1)))
        elif text.startswith("- "):
            assert 74 <= i <= 79 and "](" not in text, (i, text)
    assert len(papers) == 30 and papers[0]["line"] == 91 and papers[-1]["line"] == 129
    write_truth(
        NAME, PART, papers,
        "every '- [_Title_](url) (Venue Year)' line under the post's '30 Particularly Interesting ... Papers'"
        " section is an entry, title = the italic link text; ids from the link",
        "all 30 lines match one pattern (asserted, the post's own count is 30); the only other list (74-79,"
        " where to find papers) has no links and names no paper; prose links checked by eye (repository,"
        " reading group, Zotero, arXiv listings, image tool); first and last entry under each of the four"
        " labels and all non-arXiv links (ACM DOI, Springer DOIs, ScienceDirect pii, JMLR, PMLR, NeurIPS) compared"
        " with the file",
    )


if __name__ == "__main__":
    main()
