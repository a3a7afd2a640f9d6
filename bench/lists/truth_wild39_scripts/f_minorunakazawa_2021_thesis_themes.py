"""Wild39 truth for MinoruNakazawa/i2lab 2021thesis_B.md: "2021年度 テーマ一覧", the list of the
2021 academic year's thesis themes of a Japanese university lab (中沢研究室, Kanazawa Institute of
Technology; the lab site's index page links it as the 4th-years' presentation themes), grouped by
degree: doctoral dissertation, master's theses and bachelor's graduation theses.

Taken from the gh-pages branch (commit d9e4830, 2024-01-27, the branch the lab site is served from):
the snapshot's default branch (master, ff22116, "Initial commit") holds only a README, so the file
exists only on gh-pages; d9e4830 is that branch's newest commit.

Shape: 36 lines (no final newline).  "# 2021年度　テーマ一覧" (1), then "## " headings per degree year:
博士3年生 (3), 修士2年生 (7), 修士1年生 (12), 学部生4年生 (16) and 学部4年生(鷹合研究室との共同研究) (34, a
bachelor thesis shared with another lab).  Under each, "- " bullets, one thesis title each:
- 4-5: an English title whose Japanese translation follows in parentheses on the next line (a lazy
  continuation line of the bullet);
- 8 and 13: a Japanese title followed by an English title in parentheses on the same line ("(
  Word's Prediction from Pre-Speech EEG Using a Machine Learning Model)" -- a different English title,
  not a word-for-word translation -- and "(Emotional Feedback in Online Lectures Using EEG)");
- 10: an English title alone; 18-32 and 36: Japanese titles alone (15 + 1), mixing Latin-script terms
  ("location based AR", "Return Oriented Programming", "Trusted Types", "Zeroshot").
Entry = each bullet: a thesis title (theses are scholarly works; these are the titles the students
registered for their 2021 dissertation / master's / graduation theses) -- 20 entries.  Title = the
bullet's first title as written, the parenthesised second-language title dropped (it is a translation
or an alternative English title, not part of the title); the full-width punctuation and the 『情報Ⅰ』
quotes of 32 kept.  No links, no ids.  20 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "MinoruNakazawa__i2lab__2021thesis_B@d9e4830.md"
PART = "wild39_development"

HEADS = ["## 博士3年生", "## 修士2年生", "## 修士1年生", "## 学部生4年生", "## 学部4年生(鷹合研究室との共同研究)"]
PAREN = re.compile(r"\s*\(\s*[^()]+\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [t for t in lines if t.startswith("## ")]
    assert heads == HEADS, heads
    papers = []
    per_head: dict[str, int] = {}
    head = None
    for n, text in enumerate(lines, 1):
        if text.startswith("## "):
            head = text
            continue
        if not text.startswith("- "):
            assert n in (1, 5) or not text.strip(), n
            continue
        last = n
        body = text[2:]
        if n + 1 <= len(lines) and lines[n].startswith("("):
            last = n + 1
        title = PAREN.sub("", body).strip()
        if last == n:
            assert "(" not in title, n
        per_head[head] = per_head.get(head, 0) + 1
        papers.append(entry(lines, n, last, title))

    assert [p["line"] for p in papers if p["end"] > p["line"]] == [4], papers
    assert list(per_head.values()) == [1, 2, 1, 15, 1], per_head
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- ' bullet under the degree headings is a thesis title and an entry (1 doctoral, 3 master's, 16 "
        "bachelor's); title = the bullet's first title as written, the parenthesised title in the other language "
        "(on the same line, or on the continuation line 5 of the first bullet) dropped.",
        "Read all 36 lines: the five degree headings and their 1/2/1/15/1 bullets, the bilingual bullets 4-5, 8 and "
        "13 (parenthesised title dropped, including the '( Word's ...' of 8 with its inner space), the English-only bullet 10, the Latin-script terms inside the Japanese titles 20-23, the 『』 "
        "quotes of 32, and the unterminated last line 36, against the -v output.",
    )


if __name__ == "__main__":
    main()
