"""Wild truth for Theodore-PKU/paper-notes 200119-200201-papers-reading.md: a Chinese reading summary
('一共看了 69 篇论文', 69 papers read) of two weeks.

Entries: the 69 numbered items of '## 论文列表' (paper list), one line each.  An item is either
'N. [Title](note link): tag' or a plain 'N. Title: tag', the tag (topic) after the last colon, ASCII
': ' or full-width '：'; three plain items (61, 62, 69) have no tag.  Title = the link text, or for a
plain item the text before its last colon (titles hold colons of their own, 'L2 or not L2: Impact
of ...: loss function', so the last one is the tag's).  Typographic ligatures ('ﬀ', 'ﬁ') and the
spacing 'k -Space' are kept as written.  The links are to the author's notes, not to the papers: no
ids.  Not entries: the '## Ideas from papers' and '## 个人思考' (personal thoughts) bullets, which
name the papers again in parentheses inside notes, and the closing '讨论' (discussion) lines.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "Theodore-PKU__paper-notes__200119-200201-papers-reading@c1db941.md"
PART = "wild_held_out"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = lines.index("## 论文列表") + 1
    stop = lines.index("## Ideas from papers") + 1
    for i in range(start, stop):
        text = lines[i - 1]
        m = re.match(r"(\d+)\. (.*)$", text)
        if not m:
            continue
        body = m.group(2)
        link = re.match(r"\[(.+?)\]\(", body)
        if link:
            title = link.group(1)
        else:
            title = re.split(r"：|:\s", body)
            title = body if len(title) == 1 else body[: max(body.rfind("："), body.rfind(": "))]
        papers.append({"line": i, "end": i, "title": tidy(clean(title)), "arxiv": arxiv_of(text),
                       "doi": doi_of(text)})
    assert [int(re.match(r"\d+", lines[p["line"] - 1]).group()) for p in papers] == list(range(1, 70))
    out = {
        "file": NAME,
        "part": PART,
        "method": "every numbered item of the paper list ('N. [Title](note): tag' or 'N. Title: tag') is an entry,"
                  " title = the link text or the plain text before the last ':'/'：' (the topic tag)",
        "checked": "all 69 items one by one (numbers 1-69, every title against its line, the plain items with"
                   " colons inside the title and full-width colons, the three untagged items), and the Ideas,"
                   " personal-thoughts and discussion parts (papers named in notes: not entries)",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
