"""Wild20 truth for kunishi/kunishi.github.io 02-research.md: the Japanese research-achievements page
('研究業績') of a Japanese database researcher, Jekyll front matter on top.  Most titles are
Japanese, some English; the venues, places and dates are Japanese.

Shape: numbered items, every one written '1. ' (Markdown renumbers them), one to four lines each
(authors line, title line, venue line, '[[PDF]](dropbox link)' line), under '###' sections:
著書・翻訳書 (books and translations), 招待講演、チュートリアル、サーベイ (invited talks, tutorials,
surveys), 学術論文 (journal and conference papers), 技術報告(第1著者分) and 技術報告(共著) (technical
reports, first-author and co-authored), 口頭発表 (oral presentations at domestic meetings, each with
a short paper in the meeting's proceedings '講演論文集' and mostly a PDF).  After them '## 外部資金獲得状況'
lists grants as '- ' bullets.

Entries: every numbered item of 学術論文 (19), both 技術報告 sections (12 + 42) and 口頭発表 (81), and
the fourth item of 招待講演 (a survey, 'グループウェア・CSCWの研究動向', in workshop proceedings pp.13-30):
155.  Not entries: the four books / translated book / edited proceedings of 著書・翻訳書, the first three
items of 招待講演 (an invited talk with a one-page abstract, a tutorial, a report on VLDB2002: talks),
and the grants and joint-research bullets (projects, not papers).

Title: the italic text when the item has one (English items: '*Title*', '*[Title](url)*',
'[*Title*](url)', '<a ...>*Title*</a>'); else, after the author list (names separated by ', ',
ended by '. ' or ', '), the text of the link that follows it ('[Title](url)'), or the plain text up
to the next '. ' or ', ' when the title is not linked (then any link in the item is the venue's).
A final '.' of the title is a separator and dropped.  Translated titles: none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "kunishi__kunishi.github.io__02-research@8693c97.md"
CJK_NAME = r"[\u4e00-\u9fff\u3005\u2e80-\u2fdf]{2,6}"
EN_NAME = r"(?:and )?(?:Ye Kyaw Thu|[A-Z][A-Za-z.-]*(?: [A-Z][A-Za-z.-]*){1,3})"
NAME_RE = re.compile(rf"(?:{CJK_NAME}|{EN_NAME})(?P<sep>,|\.)(?:\s+|$)")
SKIP_TALKS = {"### 招待講演、チュートリアル、サーベイ": {1, 2, 3}}
COUNTED = {"### 学術論文": 19, "### 技術報告(第1著者分)": 12, "### 技術報告(共著)": 42, "### 口頭発表": 81,
           "### 招待講演、チュートリアル、サーベイ": 1}


def items(lines):
    sec, out = None, []
    for i, t in enumerate(lines, 1):
        if t.startswith("#"):
            sec = t
        elif t.startswith("1. "):
            out.append([sec, i, i])
        elif out and t.strip() and not t.startswith("- ") and out[-1][2] == i - 1:
            out[-1][2] = i
    return out


def strip_link(s):
    s = re.sub(r"<a [^>]*>(.*?)</a>", r"\1", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    return s.strip()


def title_of(text):
    body = text[3:]
    it = re.search(r"\*([^*]+)\*", body)
    if it:
        return strip_link(it.group(1)).replace("[", "").replace("]", "").strip().rstrip(".")
    pos = 0
    while True:
        m = NAME_RE.match(body, pos)
        if not m:
            break
        pos = m.end()
        if m.group("sep") == ".":
            break
    rest = body[pos:]
    assert pos > 0, body[:60]
    link = re.match(r"\[([^\]]+)\]\(", rest) or re.match(r"<a [^>]*>([^<]+)</a>", rest)
    if link:
        return link.group(1).strip().rstrip(".")
    plain = re.match(r"(.+?)[.,](?:\s|$)", rest)
    return plain.group(1).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers, per_sec, nth = [], {}, {}
    for sec, a, b in items(lines):
        nth[sec] = nth.get(sec, 0) + 1
        if sec == "### 著書・翻訳書" or nth[sec] in SKIP_TALKS.get(sec, ()):
            continue
        text = " ".join(lines[a - 1 : b])
        papers.append(entry(lines, a, b, title_of(text)))
        per_sec[sec] = per_sec.get(sec, 0) + 1
    assert nth["### 著書・翻訳書"] == 4 and nth["### 招待講演、チュートリアル、サーベイ"] == 4
    assert per_sec == COUNTED, per_sec
    assert len(papers) == 155
    write_truth(NAME, "wild20_development", papers,
                "every numbered item of 学術論文, 技術報告 (both) and 口頭発表, and the survey item of 招待講演, is an"
                " entry (books, talks, tutorial and grants are not); title = the italic text, else the link or plain"
                " text right after the author list",
                "section counts by grep of '^1. ' per heading (4/4/19/12/42/81); every one of the 155 titles read"
                " against its item, in particular the plain-text titles after ', ' author lists, the items whose"
                " only link is the venue's, and the English italic titles ending in '.'")


if __name__ == "__main__":
    main()
