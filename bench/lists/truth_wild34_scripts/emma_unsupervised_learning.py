"""Wild34 truth for emma-sjwang/Reading_list Unsupervised-learning.md: a PhD student's reading list on
domain generalization / unsupervised domain adaptation (plus a few GAN and representation-learning papers).

Shape: one `- ` bullet per paper, no numbering: an optional star-emoji run (`:star::star:...`, lines 26,
95, 100, 184), an optional nickname (bold `**LDDG [NIPS/2020]**` or plain `SimCLR **[ICML/2020]**`), a
venue tag in one of several spellings (`**[ECCV/2020]**`, `[**CVPR/2020**]`, `[Submitted to NIPS/2020]`
(136), `**[arxiv]**`, `**[Neurocomputing/2019]**`, empty `[]` (206) or `**[]**` (209), a stray
`[ECCV/2020/Oral]**` (26)), then the title in square brackets, usually linked `[Title](url)` (the link may
be a GitHub or project page: 7, 17, 53, 197, 207, 208), sometimes bare `[Title]` with no link (42, 46, 47,
50-52, 56), once broken `[TITLE])(url)` (89), then free notes, which may carry more bracketed dataset
lists and links (141 `[Syn2Real](arxiv link)`; ids are the first the line gives).  The title is the first
bracket group that is not the venue tag.  Not entries: the placeholder `- **[ICCV/2019]** []()` (86), the
empty bullet `- ` (198) and the note "ECCV2020 37 DA related papers" (24).  Repeated records (36/92,
37/40, 38/41, 39/97, 35/138, 72/76, 108/121, 112/153) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "emma-sjwang__Reading_list__Unsupervised-learning@373f0e7.md"
PART = "wild34_development"


def is_venue(t: str) -> bool:
    """The venue tag: empty, bold, 'arxiv', or a short upper-case name with a year ('MICCAI workshop/2018')."""
    return (not t.strip("* ") or "**" in t or t.lower() == "arxiv"
            or (len(t) < 40 and bool(re.search(r"(?:^|[/ ])(?:19|20)\d\d\b", t))))


def title_of(ln: str) -> str | None:
    for m in re.finditer(r"\[([^\[\]]*)\]", ln):
        t = m.group(1).strip()
        if is_venue(t):
            continue
        return t
    return None


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        t = title_of(ln)
        if t is None:
            continue
        papers.append(entry(lines, i, i, t))
    assert len(papers) == 152, len(papers)
    write_truth(NAME, PART, papers,
                "Every `- ` bullet naming a paper is one entry; its title is the first square-bracket group after the"
                " venue tag (linked or not); the empty placeholder bullets (90, 198) are skipped.",
                "All entries read by eye against the file: every venue-tag spelling, the unlinked and broken-link"
                " titles, the GitHub-linked titles, the star prefixes and the two skipped placeholders.")


if __name__ == "__main__":
    main()
