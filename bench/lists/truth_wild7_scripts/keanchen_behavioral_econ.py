"""Wild7 truth for KeanChen/KeanChen.github.io _posts/2018-06-08-behavioraleconomics-2018.md: the
reference list (参考文献) of a behavioural-economics study blog, Chinese topic headings over plain
English references, no links.

Shape: after the Jekyll front matter, '## 行为经济学简介', '## 参照点和损失厌恶', ... headings, each
followed by one-paragraph references separated by blank lines, in mixed citation styles:
  - MLA: 'Author, First. "Title." Journal 47.2 (2009): 315-72.'  (most)
  - 'Authors. 1995, “Title”, Journal, ...' and 'Authors. 2006. “Title.” Journal ...' (curly quotes)
  - 'Falk, Armin. 2007.” Gift exchange in the field.” Econometrica ...' (two closing quotes)
  - 'Wang, ... (2017) " Something in the Air: ...", Review ...' (space inside the quote)
  - 'Busse, Meghan R., et al. Projection bias in the car and housing markets. No. w18212. National
    Bureau of Economic Research, 2012.' (NBER working paper, title unquoted)
  - 'Simon, Herbert Alexander. Models of Bounded Rationality: ... MIT press, 1982.' (a book)

Entry: every reference paragraph (one line each) except Simon's book (line 22): 37 - 1 = 36.
Kahneman 2003 is listed under two headings: two entries.  Camerer & Loewenstein (line 14) is the
opening chapter of the edited volume 'Advances in Behavioral Economics', kept as a paper-like
work.  Kahneman & Tversky's title is written 'Prospect Theory: ... under Risk Title.' and kept as
written.  Title = the quoted text (straight or
curly quotes; Henrich's title keeps its inner “Economic man” quotes), for Busse the text between
the authors and '. No. w18212'.  A final '.' inside the quotes is dropped by the convention ('?'
kept, so 'losses?.' gives 'losses?').  No ids are written.

Count check: 62 non-blank lines = 10 front-matter lines + 15 '## ' headings + 37 references;
awk 'NR>11 && /^[A-Z]/' counts 37.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "KeanChen__KeanChen.github.io___posts__2018-06-08-behavioraleconomics-2018@429d870.md"
PART = "wild7_development"
BOOK = 22  # Simon, Models of Bounded Rationality (MIT Press): a book


def title_of(text: str) -> str:
    if m := re.search(r'"(.+)"', text):  # straight quotes (outermost: Henrich keeps “Economic man”)
        return m.group(1)
    if m := re.search(r"\d{4}\.” (.+?)” ", text):  # Falk: 2007.” Title.”
        return m.group(1)
    if m := re.search(r"“(.+?)”", text):
        return m.group(1)
    m = re.match(r"Busse, Meghan R\., et al\. (.+?)\. No\. w18212", text)
    assert m, text
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    body_start = [i for i, t in enumerate(lines, 1) if t.strip() == "---"][1] + 1
    papers = []
    refs = 0
    for i, text in enumerate(lines, 1):
        if i < body_start or not text.strip() or text.startswith("#"):
            continue
        refs += 1
        if i == BOOK:
            assert text.startswith("Simon, Herbert Alexander. Models of Bounded Rationality")
            continue
        papers.append(entry(lines, i, i, title_of(text)))
    assert refs == 37 and len(papers) == 36, (refs, len(papers))
    write_truth(NAME, PART, papers,
                "every reference paragraph under the Chinese topic headings is an entry except Simon's book;"
                " title = the quoted title (straight or curly quotes, Falk's '2007.” Title.”'), for the"
                " unquoted NBER working paper the text between authors and '. No. w18212'",
                "all 36 titles read against the file, including Henrich's inner quotes, Falk's odd quotes,"
                " Wang's leading space, 'losses?.' and 'drivers?.', the duplicate Kahneman 2003 under two"
                " headings; 37 paragraphs counted by awk and by the line total (10 front matter + 15 headings + 37)")


if __name__ == "__main__":
    main()
