"""Wild3 truth for weezymatt/papers 'Natural Language Processing/README.md': a student's computational-linguistics papers-read log.

'##' topic headings with numbered items 'N. Title; Authors, Year [[Paper](url)] [[Notes](…)]', one
line each.  Every numbered item is an entry (20).  Title = the text before the first ';'; two
items have no authors and end the title with ', Year [[' (Constructing a Knowledge Graph …, 2023;
Transformation-Based Error-Driven Learning …, 1995), so there the title stops before ', Year'.
Markup removed ('*n*-grams' -> 'n-grams').  The Gemini item ends its title with a stray '*' (a
footnote-like mark, not Markdown, not part of the title): dropped.  The Firth item (a chapter of
'Studies in Linguistic Analysis') keeps the title as written.  The Transformation-Based item links a
short and a full paper version of the same title: one entry.  DOIs only from the ACM
'dl.acm.org/doi/10.1145/…' link (JSTOR 'stable/' ids and ACL Anthology ids are not DOIs); arXiv
ids from arxiv.org/abs links.
"""
import re

from _wild3 import entry, read_lines, write_truth

NAME = "weezymatt__papers__Natural Language Processing__README@7c820b1.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\d+\. (.+?)(?:;|, \d{4} \[\[)", text)
        if not re.match(r"\d+\. ", text):
            continue
        assert m, i
        title = m.group(1).removesuffix("*")
        papers.append(entry(lines, i, i, title))
    write_truth(
        NAME, PART, papers,
        "every numbered 'Title; Authors, Year [[Paper](url)]' item is an entry; title = the text before the first"
        " ';' (or before ', Year [[' when no authors are given), markup and a stray final '*' removed",
        "all 20 entries one by one against the file (titles incl. '*n*-grams', the two author-less items, the"
        " Gemini '*', line numbers); count by grep '^[0-9]+\\. ' (20); ACM DOI, arXiv ids of the abs links",
    )


if __name__ == "__main__":
    main()
