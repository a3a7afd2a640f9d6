"""Wild28 truth for PointCloudYC/read-papers-consistently paper-list.md: a personal to-read list.

Shape: intro (lines 1-12, two links to self-help blog articles), then '##' sections.
 * 'review papers' (16-22), 'classic foundational papers' (26-41) and 'advanced papers' (52-65):
   Chicago short-form citations 'Authors, “Title”' (curly quotes), pasted from a reference manager.
   Inside the quotes the author put a reading-order number ('1-Deep Learning', '9-Inception-v4 ...')
   on some titles and a '[Top]' tag on others (18, 19, 62, 63); both are dropped.  A final '.' inside
   the quotes (41, 65) is the citation's separator and is dropped; a ';' after the quotes (31, 38) too.
   Short titles are kept as the file writes them (“Xception”, “Adam”, “Batch Normalization”,
   “Drop an Octave”, “Feature Squeezing”, “Grad-CAM”, “MatConvNet”, “Taskonomy”): they stand in the
   title slot of a citation.  Line 63 keeps the file's 'ﬁ' ligature.
 * Lines 42-48 of the classic section: '[Title](url)' bullets (CVF, arXiv, SpringerLink).  Line 43's
   second link is the author's own review note (not an entry); line 47's ' | SpringerLink' page-title
   tail is not part of the title.
 * 'Point cloud processing Using DL' (72-88): GitHub repositories written 'repo-name: description'
   (plus the bare name 'PointPillar', line 82): code, not entries, even where the description repeats
   a paper title.
 * 'Group papers' / 'MA Jun' (96-127): full Chicago references 'Authors. “Title.” Journal vol (date)',
   titles with the same number prefixes ('1-', '2-') and a final '.' inside the quotes, both dropped;
   line 98 has no space before the quote; line 108 ends with a doi.org link.  Seven references
   (115-127) repeat 102-113; each is an entry.
Special lines: 54 and 59 join two citations without a separator ('“Feature Squeezing”Szegedy et al.,
“9-Inception-v4 ...”', '“Grad-CAM”Vedaldi and Lenc, “MatConvNet”'): two entries each, same line.
Line 30 (“5 Reasons Why Consistency Is an Important Habit”, a blog article) and lines 11-12 are not
entries; nor line 92 (pointer to the summaries page).
Count check: quoted titles in the three citation sections: 7 + 15 (26-41 minus line 30) + 16 (14 lines,
two with two) = 38; link bullets 42-48: 7; group references: 17 -> 62 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "PointCloudYC__read-papers-consistently__paper-list@b71d848.md"
PART = "wild28_development"
BLOG = {30}


def fix(title: str) -> str:
    title = re.sub(r"^\[Top\]", "", title)
    title = re.sub(r"^\d+-(?=\S)", "", title)
    return title.rstrip(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    quoted = links = group = 0
    for i, text in enumerate(lines, 1):
        if (16 <= i <= 41 or 52 <= i <= 65) and text.startswith("- ") and i not in BLOG:
            titles = re.findall(r"“(.+?)”", text)
            assert titles, i
            assert len(titles) == (2 if i in (54, 59) else 1), i
            for t in titles:
                papers.append(entry(lines, i, i, fix(t)))
                quoted += 1
        elif 42 <= i <= 48:
            m = re.match(r"- \[(.+?)\]\(", text)
            title = m.group(1).removesuffix(" | SpringerLink")
            papers.append(entry(lines, i, i, title))
            links += 1
        elif 96 <= i <= 127 and text.startswith("- Ma, Jun"):
            m = re.search(r"“(.+?)”", text)
            papers.append(entry(lines, i, i, fix(m.group(1))))
            group += 1
    assert (quoted, links, group) == (38, 7, 17), (quoted, links, group)
    assert len(papers) == 62, len(papers)
    write_truth(NAME, PART, papers,
                "every author-first citation in the three paper sections (title = the curly-quoted text, the author's"
                " number prefix 'N-', a '[Top]' tag and a final '.' dropped; two citations run together on lines 54"
                " and 59 give two entries each), every '[Title](url)' bullet of lines 42-48, and every Chicago"
                " reference of the 'Group papers' section (repeats counted); the point-cloud section's GitHub"
                " repositories and the blog articles are not entries",
                "every line read by eye; all 62 entries checked against their lines (both halves of lines 54 and 59,"
                " the number prefixes, '[Top]' tags, the SpringerLink suffix and DOI on line 47, the arXiv ids of"
                " 43-48, the doi.org link on line 108, the repeated group references)")


if __name__ == "__main__":
    main()
