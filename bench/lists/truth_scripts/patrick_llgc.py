"""Truth for patrick-llgc's Learning-Deep-Learning notes README (held out, issue 26).

Entries: the `- [Title](url) [[Notes](…)] <kbd>Venue</kbd> [comments]` bullets of the monthly
sections ('## 2026-04' … '## 2018'), 'Papers to Read', 'Non-DL', 'Technical Debt', 'To be
organized' and 'TODO' (link text may wrap onto a second line, which is part of the entry),
plus the few bullets naming a paper without a link.  Not entries (by line, read one by one):
the intro sections (blog posts, podcast, scratchpad), '2017 and before' (links to notes files),
the author's own review notes, blog posts, talks/videos, tutorials, code repositories, news,
an interview, a webinar, a challenge page, topic words ('CRF', 'ORB SLAM', …) and the '[X]()'
placeholder.  Title: the first link text as written (whitespace of a wrapped title collapsed;
nickname prefixes such as 'DDPM: ' are kept, since they cannot be told from real title
prefixes like 'GLaM: ' without outside knowledge); for link-less bullets the bullet text, or
null where it is only a nickname plus a note ('CubeLLM: align 2D/3D with language',
'EmerNeRF: ICLR 2024'); the note '(Nature DQN paper)' inside one link text is dropped.  Ids: the
usual ones, plus the id of the one arXiv link misspelt 'arxiv.org/abd/'.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "patrick-llgc__Learning-Deep-Learning__README@2714433.md"
NOT_PAPERS = {
    168, 186, 187, 211, 212, 271, 273, 274, 286, 319, 352, 505, 552, 615, 708, 901, 927, 928, 959, 968, 1015,
    1065, 1103, 1107, 1213, 1275, 1276, 1278, 1279, 1350, 1364, 1468, 1500, 1504, 1505, 1507, 1508, 1509, 1510,
    1511, 1770, 1828, 1879, 1880, 1881, 1887, 1900, 1901, 1902, 1903,
}
NICKNAME_ONLY = {304, 305}


def main() -> None:
    lines = lines_of(NAME)
    first = lines.index("## 2026-04 (1)") + 1
    skip_from, skip_to = lines.index("## 2017 and before") + 1, lines.index("## Papers to Read") + 1
    papers = []
    for i in range(first, len(lines) + 1):
        line = lines[i - 1]
        if not line.startswith("- ") or skip_from < i < skip_to or i in NOT_PAPERS:
            continue
        end = i
        if "[" in line and "](" not in line and lines[i].strip() and not lines[i].startswith(("- ", "#")):
            end = i + 1  # link text wrapped onto the next line
        text = " ".join(x.strip() for x in lines[i - 1:end])[2:]
        m = re.match(r"(?:\S+ )?\[(.+?)\]\(([^)]*)\)", text)
        title: str | None
        if m:
            title = clean(m.group(1))
        elif i in NICKNAME_ONLY:
            title = None
        else:
            title = clean(text.strip("[]"))
        if title and title.endswith(" (Nature DQN paper)"):
            title = title.removesuffix(" (Nature DQN paper)")  # the one note inside a link text
        entry = paper(i, end, title, "\n".join(lines[i - 1:end]))
        if "arxiv.org/abd/" in text:
            entry["arxiv"] = re.search(r"arxiv\.org/abd/(\d{4}\.\d{4,5})", text).group(1)  # type: ignore[union-attr]
        papers.append(entry)
    write(
        NAME,
        "Each '- [Title](url) ...' bullet of the monthly and reading-queue sections is an entry (plus link-less "
        "bullets naming a paper); blogs, talks, repos, own review notes, topic words, a placeholder and the "
        "'2017 and before' notes links are not (listed by line in the script); title = first link text as written "
        "(wrapped text joined, 'Abbr: ' prefixes kept), null for two nickname-only bullets.",
        "every bullet that is not '- [text](http...)' (about 60, one by one), every bullet whose link host is not "
        "a paper host (about 110, one by one), the 11 wrapped titles, 25 random entries and the first/last "
        "bullet of each of the 71 sections.",
        papers,
    )


if __name__ == "__main__":
    main()
