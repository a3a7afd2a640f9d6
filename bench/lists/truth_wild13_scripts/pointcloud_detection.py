"""Wild13 truth for zhulf0804/3D-PointCloud Detection.md (commit c5b529c; the next commit deleted
the file when the repository was reorganised around its point-cloud README).

Shape: '## Survey papers' with four top-level '+ [Title](url) [arXiv 2019]' bullets, then one
'## Year' section per year (2019 .. 2014).  Inside a year, '+ CVPR', '+ ICCV', '+ arXiv',
'+ Others' ... bullets group the papers by venue (group labels, not entries); the papers are
nested list items indented by a tab, '\\t- [Title](url) [[github](url)] [[project](url)] [BMVC]',
usually followed by a whitespace-only or empty line and a paragraph of authors indented by two
tabs (one author paragraph wraps onto a one-tab line; one item is indented with spaces instead of
tabs).  Some items have no author paragraph.
Entries: every list item whose text starts with a link '[' (4 top-level '+ [' and 167 nested
'- ['; 171).  The entry runs from the item's line to the last non-blank line before the next
item, venue bullet or heading.  Title = the first link's text (one title holds a soft hyphen,
U+00AD, kept as written; bracketed tags after the link are not part of it).  Ids from the entry's
lines (arXiv PDF links; CVF, NIPS, IEEE stamp, Semantic Scholar, Google Drive and lab links give
none; one item has an empty link).
Checks: 171 items; per section 4 / 93 / 27 / 19 / 15 / 9 / 4 (awk over the '## ' headings);
166 tab-indented '- [' + 1 space-indented + 4 '+ ['; 104 arXiv URLs in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "zhulf0804__3D-PointCloud__Detection@c5b529c.md"
LINES = read_lines(NAME)
ITEM = re.compile(r"^[ \t]*[-+] \[(.+?)\]\(")


def boundary(text: str) -> bool:
    return bool(ITEM.match(text) or text.startswith(("+ ", "#")))


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
        m = ITEM.match(text)
        if not m:
            assert not re.match(r"^[ \t]*[-+*] \[", text), (i, text)
            continue
        end = i
        j = i + 1
        while j <= len(LINES) and not boundary(LINES[j - 1]):
            if LINES[j - 1].strip():
                end = j
            j += 1
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(LINES, i, end, m.group(1)))
    assert len(papers) == 171, len(papers)
    assert list(per_section.values()) == [4, 93, 27, 19, 15, 9, 4], per_section
    write_truth(
        NAME, "wild13_development", papers,
        "every list item starting with a link (4 top-level survey bullets and 167 tab-nested paper items"
        " under '+ Venue' group bullets) is an entry with its indented author paragraph; title = the first"
        " link's text; the '+ Venue' group bullets are not entries",
        "the count (171 = 4 '+ [' + 166 tab '- [' + 1 space-indented), per-year counts 4/93/27/19/15/9/4 by"
        " awk; the first and last entry of each year and venue group, every entry without an author"
        " paragraph, the wrapped author paragraph (GBD-Net), the space-indented item, the empty link and"
        " the non-arXiv links; titles of all 171 listed and read",
    )


if __name__ == "__main__":
    main()
