"""Wild13 truth for zhpmatrix/PaperReading README.md: one person's running paper-reading notes, in Chinese.

Shape: 1,600 lines, newest first, no headings.  Each note opens with a number counting down
('467.《Title》，EMNLP2025') followed by free notes in Chinese (paragraphs, '+' and tab-indented
bullets, '（1）' points, images).  Some numbered notes are group headers in prose ('448.tod和business
flow结合的几个工作') whose papers follow as '+ 《Title》' bullets or as lines that start with
'《Title》' / '[《Title》](url)'.  Titles are always between the Chinese book-title marks 《 》.

Entry: a line whose text starts with a title in 《 》: after a number ('N.《'), after a '+' bullet
marker, or at the line start (bare or as a link, optionally in bold), plus the line
'补充：《Conceptualized Representation Learning for Chinese Biomedical Text Mining》，阿里巴巴，张宁豫'
(line 1497, a labelled reference line).  Title = the text between 《 and 》 (bold inside removed);
two titles wrap onto the next line (397, lines 589-590; 250, lines 1593-1594): the entry spans
both lines and the title joins them.  The entry's lines are its title line(s) only, not the notes
below.  Repeats (the same paper in two notes) are separate entries.
Not entries: titles named inside running sentences of the notes ('相关文章：《…》', '扫了一眼《…》的工作',
'和《…》一块儿读', '大家都在聊《…》', lines 238, 627, 634, 1172, 1228, 1526, 1571), the WeChat article
'《ChatGPT科普和应用初探》' (1109) and the YouTube talk '《Introduction to FL》' (1471), the numbered group
headers and blog-link lists without a title (466, 454, 448, 441, 438, 437, 421, 412, 337, 315, 301,
299 with seven zhihu/WeChat posts, 285, 269), '+ [夸克的健康大模型]' and '+ [Baichuan-M2]' (blog posts),
and the last line '248.《' (an unfinished note naming nothing).
Checks: 187 lines start 'N.《' (186 without the empty 248), 22 '+ 《' bullets, 20 lines start with
'《' or '[《', + line 1497 = 229; the ten other lines holding 《 are the prose mentions listed above.
No arXiv ids or DOIs are written (links go to the author's blog, WeChat or GitHub).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "zhpmatrix__PaperReading__README@b2baee3.md"
PART = "wild13_development"
LINES = read_lines(NAME)
PROSE = {238, 627, 634, 1109, 1172, 1228, 1471, 1497, 1526, 1571}


def main() -> None:
    papers = []
    kinds = {"num": 0, "plus": 0, "start": 0}
    for i, text in enumerate(LINES, 1):
        if "《" not in text:
            continue
        s = text.strip()
        if re.match(r"\d+\.\s*《", s):
            kind = "num"
        elif re.match(r"\+\s*(\*\*)?《", s):
            kind = "plus"
        elif re.match(r"(\*\*)?\[?《", s):
            kind = "start"
        else:
            assert i in PROSE, (i, s)
            if i != 1497:
                continue
            kind = None
        if kind:
            kinds[kind] += 1
        if s == "248.《":
            assert i == 1600, i
            continue
        first = s.index("《")
        if "》" in s:
            title, last = s[first + 1:s.index("》")], i
        else:  # the title wraps onto the next line
            nxt = LINES[i].strip()
            assert "》" in nxt, i
            title, last = s[first + 1:] + " " + nxt[:nxt.index("》")], i + 1
        papers.append(entry(LINES, i, last, title))
    assert kinds == {"num": 187, "plus": 22, "start": 20}, kinds
    assert len(papers) == 229, len(papers)
    assert [p["line"] for p in papers if p["end"] != p["line"]] == [589, 1593]
    write_truth(NAME, PART, papers,
                "every line that starts with a title in 《 》 (after the note number, a '+' bullet or at the line start,"
                " bare or linked) is an entry, plus one '补充：《…》' reference line; title = the text between 《 and 》,"
                " joined over two lines where it wraps; titles mentioned inside sentences, a WeChat article, a YouTube"
                " talk, group headers and blog lists are not entries",
                "every line holding 《 classified by a script and read (187 numbered, 22 '+' bullets, 20 at line start, 10"
                " in prose), the ten prose lines one by one, all 229 titles read against their lines, the two wrapped"
                " titles, the numbered lines without 《 (group headers, blog lists, quoted findings), the last line")


if __name__ == "__main__":
    main()
