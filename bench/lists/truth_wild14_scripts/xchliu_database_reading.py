"""Wild14 truth for xchliu/papers-of-database docs/index.md: a database-systems reading list (Jekyll page), link-less references.

Shape: '## Paper List' holds one link to the owner's Chinese translation of a paper,
'[翻译-What Goes Around Comes Around](papers/....md)' ('翻译-' = 'translation-'); then '## TODO List'
with topic headings (some written '##Basic' without a space) over '* ' bullets in three citation
styles, none linked:
  1. DBLP-like: 'Author Names Without Commas. Title.. Venue, year, pages. ' (the title's own period
     doubled; a few have one period, a few no venue);
  2. IEEE-like (AI for database): 'A. Pavlo, ..., and R. Salakhutdinov, "Title," Venue, ...';
  3. short (Cloudnative Database): 'Surname et al., Title, VENUE'YY.' with an '[Optional]' tag before
     half of them and one stray '*' before the surname.
Entries: the translation link (its subject is the paper; title = the link text without the
'翻译-' label) and every reference bullet.  Not entries: the first bullet 'Data Models and DBMS
Architecture' (a topic label), the '# Read List' bullets (links to other reading lists and
courses) and the Jekyll boilerplate notes.  Titles: style 1 = text after the author block's
closing '. ' (initials such as 'G. ' do not close it) up to '..', else up to the next '. ';
style 2 = the quoted text without its final comma; style 3 = text between the first ', ' and the
last ', '.  No links, so no ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "xchliu__papers-of-database__docs__index@a6c6953.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def dblp_title(text: str) -> str:
    """Style 1: the author block ends at the first '. ' not closing a one-letter initial."""
    for m in re.finditer(r"(\S+)\. ", text):
        if not re.fullmatch(r"[A-Z]", m.group(1)):
            break
    rest = text[m.end():]
    if ".." in rest:
        return rest[: rest.index("..")]
    return re.split(r"\. |\.\s*$", rest)[0]


def main() -> None:
    papers = []
    styles = {"link": 0, "dblp": 0, "ieee": 0, "short": 0}
    stop = LINES.index("# Read List")
    for i, text in enumerate(LINES[:stop], 1):
        if text.startswith("[翻译-"):
            m = re.fullmatch(r"\[翻译-(.+)\]\(papers/.+\.md\)", text)
            papers.append(entry(LINES, i, i, m.group(1)))
            styles["link"] += 1
            continue
        if not text.startswith("* ") or text == "* Data Models and DBMS Architecture":
            continue
        body = text[2:]
        m = re.search(r'"(.+?),?"', body)
        if m:
            title, style = m.group(1), "ieee"
        elif re.match(r"(\[Optional\] )?\*?[A-Z][\w-]+( et al\.)?, ", body):
            body = re.sub(r"^(\[Optional\] )?\*?", "", body)
            title, style = body[body.index(", ") + 2 : body.rindex(", ")], "short"
        else:
            title, style = dblp_title(body), "dblp"
        styles[style] += 1
        papers.append(entry(LINES, i, i, title))
    assert styles == {"link": 1, "dblp": 48, "ieee": 4, "short": 22}, styles
    assert sum(1 for t in LINES if t.startswith("* ")) == 81  # 74 references + 1 topic label + 6 Read List
    write_truth(NAME, PART, papers,
                "every reference bullet before '# Read List' (three citation styles, no links) and the translation link"
                " are entries; title = the text between the author block and the venue (DBLP-like '..'), the quoted"
                " text (IEEE-like) or the text between the first and last ', ' (short style), tags '[Optional]' and"
                " '翻译-' dropped",
                "all 75 titles by eye against their lines; counts per style (1 link, 48 DBLP-like, 4 IEEE-like, 22"
                " short) and 81 bullets = 74 references + the topic-label bullet + 6 Read List bullets (grep)")


if __name__ == "__main__":
    main()
