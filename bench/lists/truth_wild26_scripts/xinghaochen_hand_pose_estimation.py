r"""Wild26 truth for xinghaochen/awesome-hand-pose-estimation README.md: an awesome list of hand pose
estimation papers in which every paper is a level-5 heading (the file has CRLF endings).

Shape: each paper record is a heading line, a blank line and an italic author line:
    ##### • <tag> Title. [\[PDF\]](url) [\[Project\]](url) [\[Code\]](url) *(Oral)*
    <blank>
    _Author, Author_            (or *Author, Author*)
The tag before the title varies by section and is dropped: '[\[arXiv:2206.07117\]](abs-url)' (arXiv
section, line 40 on; 'arXiv 2011.07252' with a space on line 2027), '\[2018 TPAMI\]' with escaped
brackets (journals, 'Others' conference sections, theses '\[2022\]'), '[2021 AAAI]' with plain
brackets, '\[2019 [RA-L](url)\]' with a link inside (line 288), '[HANDS19 Workshop]' (line 1252),
'[\[3D HUMANS Workshop\]](url)' as a link (line 1454); the CVPR/ICCV/ECCV
sections have no tag.  Title = the text after the tag up to the first link ('[\[PDF\]]', '\[[Code\]]')
or award note ' *(...)*', the citation's final '.' removed.  Entry = heading line to author line.
Special cases: lines 429-498 (2024 CVPR) have headings with no links at all and no blank before the
author line; lines 571-605, 745, 912, 1252, 1466 write an unlinked ' \[PDF\]' after the title (cut
there); line 720's author line is not italic and there is a link after '[\[PDF\]]' with no space
('[\[Dataset\]]'); line 507 and a few others have no final '.' in the title; line 42's tag says
'arXiv:2206.04927' but links abs/2303.15147 (the tag text is written first, so the entry's id is
2206.04927, as written); line 712 writes 'S<sup>2</sup>Contact' (the tags are removed: 'S2Contact');
line 86 keeps its underscore ('HO-3D_v3').
Other entries (scholarly works outside the heading records): the 'Credits' references under the
dataset tables, '- [n] Title, Venue [\[PDF\]](url)' (lines 1971-1973; [4] on line 1974 is a website,
not an entry); the two workshop report bullets '- Title. [\[PDF\]](url)' (lines 1986, 1990); the
three challenge 'Documents' sub-bullets '  - [Title](url), Venue' (lines 2012, 2020, 2021).
Not entries: the contents list, the seven workshop headings '##### • [HANDS 2019](url), In
conjunction with ICCV 2019' (events, lines 1982-2000), challenge headings and submission websites,
the dataset tables (lines 1923-1967: rows are datasets whose 'Paper' cell gives only a venue and a
[\[PDF\]] link, no title), the legend bullets (1914-1921), 'back to top' links, contribute/license.
Count check: 465 '##### • ' headings = 458 paper records + 7 workshop headings; 458 + 3 credits + 2
workshop reports + 3 challenge documents = 466 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "xinghaochen__awesome-hand-pose-estimation__README@e297a6e.md"
PART = "wild26_development"
HEAD = "##### • "
TAG = re.compile(
    r"^(?:\[\\\[[^\]]*\\\]\]\([^)]*\)"               # [\[arXiv:2206.07117\]](url), [\[3D HUMANS Workshop\]](url)
    r"|\\\[\d{4}(?:\s[^\\]*?)?\\\]"                    # \[2018 TPAMI\], \[2019 [RA-L](url)\], \[2022\]
    r"|\[[^\]]*\](?!\())\s*"                           # [2021 AAAI], [HANDS19 Workshop]
)
CUT = re.compile(r"\s*(?:\[\\\[|\\\[\[|\\\[PDF\\\]|\*\(|$)")
CREDITS = {1971, 1972, 1973}
REPORTS = {1986, 1990}
DOCUMENTS = {2012, 2020, 2021}


def heading_title(text: str) -> str:
    s = text[len(HEAD):]
    m = TAG.match(s)
    if m:
        s = s[m.end():]
    title = s[:CUT.search(s).start()].strip()
    return re.sub(r"\.$", "", title).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    headings = events = 0
    for i, text in enumerate(lines, 1):
        if text.startswith(HEAD):
            headings += 1
            if text[len(HEAD):].startswith(("[HANDS 20", "[PeopleCap 20")):
                events += 1
                assert 1978 < i < 2004, i
                continue
            j = i + 1
            while not lines[j - 1].strip():
                j += 1
            author = lines[j - 1]
            assert not author.startswith(("#", "[", "-")), (i, author)
            title = heading_title(text)
            assert title and "](" not in title and "\\[" not in title, (i, title)
            papers.append(entry(lines, i, j, title))
        elif i in CREDITS:
            m = re.match(r"- \[\d\] (.+?), (?:CVPR|ICCV|IJCV) 20\d\d ", text)
            papers.append(entry(lines, i, i, m.group(1)))
        elif i in REPORTS:
            m = re.match(r"- (.+?)\. \[\\\[PDF\\\]\]\(", text)
            papers.append(entry(lines, i, i, m.group(1)))
        elif i in DOCUMENTS:
            m = re.match(r"  - \[(.+?)\]\(", text)
            papers.append(entry(lines, i, i, re.sub(r"\.$", "", m.group(1))))
    assert headings == 465 and events == 7, (headings, events)
    assert len(papers) == 466, len(papers)
    write_truth(NAME, PART, papers,
                "every '##### • ' paper heading (arXiv, journal, conference, theses and other-related sections) is"
                " an entry spanning the heading and its italic author line, title = the heading text after the"
                " year/venue or arXiv tag up to the first [\\[PDF\\]]-style link, final '.' dropped; plus the three"
                " numbered dataset credits, two workshop reports and three challenge documents; workshop headings"
                " and dataset-table rows are not entries",
                "all 466 titles listed and read by eye against their headings (first and last of every section,"
                " every tag form, the unlinked 2024 CVPR headings 429-498, the unlinked '\\[PDF\\]' lines, line 720's"
                " plain author line, the credits/reports/documents); entry spans checked (blank line between"
                " heading and authors or none); arXiv ids from tags, abs and pdf links spot-checked incl. line 42's"
                " mismatched tag; Springer and ACM DOIs spot-checked")


if __name__ == "__main__":
    main()
