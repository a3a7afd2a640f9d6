"""Wild10 truth for DengBoCong/nlp-paper README.md: a Chinese NLP reading list with reading notes
(论文列表, papers in time order, 1998-2022).

Shape: after an HTML header, badges, Chinese prose, a code block and a '# Contents | 内容' block of
category links, '# Paper List | 论文列表' holds one '+ ' bullet per paper, blank lines between,
each a pipe-separated record (no table):
  '+ [标签-标签] | [Title](url) | [阅读笔记](url) | Chinese summary | Authors et al, Year'
The tag in brackets comes first; the '阅读笔记' (reading notes) field is sometimes missing, sometimes
two or three notes ('[阅读笔记1](..) / [阅读笔记2](..)'); one record (line 145) has no ' | ' between
the title link and the notes link; one title link has no scheme ('sciencedirect.com/...'); a few
records end with the summary and no author/year field.  '# Blog Article | 文章' at the end holds one
bullet linking a blog post (kexue.fm) -- not an entry.

Entry = every '+ [tag] | [Title](url)' bullet of the Paper List section (209; all papers,
including dataset and survey papers and Luxburg's tutorial paper).  Title = the link text of the
first link after the tag, as written (typos such as 'Neural Machine Translation Bu Jointly ...'
and 'Ccompressing' kept).  The bracketed tag is the list's own label and is dropped.  Each entry is
one line; its ids come from its line (the title link comes first).

Count check: 210 '^+ \\[' bullets by grep, 209 before the '# Blog Article' heading (line 458).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "DengBoCong__nlp-paper__README@849ce86.md"
PART = "wild10_development"
LINES = read_lines(NAME)


def main() -> None:
    start = LINES.index("# Paper List | 论文列表") + 1
    stop = LINES.index("# Blog Article | 文章") + 1
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("+ ["):
            continue
        if i > stop:
            assert "kexue.fm" in text  # the one blog post
            continue
        assert i > start, i
        m = re.match(r"\+ \[[^\]]*\] \| \[([^\]]+)\]\(([^)]+)\)", text)
        assert m, i
        papers.append(entry(LINES, i, i, m.group(1)))
    assert len(papers) == 209, len(papers)
    write_truth(NAME, PART, papers,
                "every '+ [tag] | [Title](url) | [阅读笔记](url) | Chinese summary | Authors et al, Year' bullet of the"
                " Paper List section is an entry; title = the first link's text after the bracketed tag (tag"
                " dropped); the Blog Article section's bullet is not an entry",
                "a dump of all 209 records (host of the title link, title, last field) read through; the record"
                " without ' | ' before its notes link, the scheme-less sciencedirect link, records without notes or"
                " without the author/year field, the blog bullet; titles spot-checked against the file (first and"
                " last of the list, about 25 in between), arXiv ids and the ACM/APS DOIs")


if __name__ == "__main__":
    main()
