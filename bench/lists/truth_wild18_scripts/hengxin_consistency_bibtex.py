"""Wild18 truth for hengxin/research-resources .../bib-consistency-models-theory-and-algorithms-bibtex.md: a BibTeX bibliography rendered as Markdown (distributed computing theory).

Under '##'/'###' topic headings, each paper is a bullet with only a tag and a link,
'- [[Author@VENUE'YY]; Model name](url)' (once '- [DSB@ISCA'86](url)'), followed at once by a
fenced '```' block holding its BibTeX record ('@article{key,' ... '}'; indent 1 or 2 spaces, one
'title     =' with aligned spaces, one '%' comment line inside a block).  Two '%' comment lines sit
outside the blocks (before a bullet / inside a block) and are not entries.

Entry: every bullet + its fenced BibTeX block, as one entry (the block is the same paper as the
bullet, so it is not a second entry): 35 bullets, 70 fence lines, 35 '@type{' records and 35
'title =' fields by grep.  Lines: the bullet to the closing fence.  Title: the BibTeX 'title' field
value; its outer braces and BibTeX case-protecting braces ('{PRAM}') are markup and dropped; the
ACM export's '\\&Mdash;' is kept as the file writes it (the helper turns the backslash escape into
'&').  The bullet's tag is a citation key / nickname, not a title.  DOIs: the first one written
in the entry (a doi.acm.org / SIAM / Springer link on the bullet, else the BibTeX
'url = {http://doi.acm.org/...}' or dx.doi.org field), the field's closing '}' dropped (12
entries); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = ("hengxin__research-resources__my-research__bib-allinone__bib-allinone-bibtex__bib-rw-register-bibtex__"
        "bib-consistency-models-theory-and-algorithms-bibtex@cf41867.md")
PART = "wild18_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    fixed = 0
    i = 0
    while i < len(LINES):
        text = LINES[i]
        if not text.startswith("- "):
            assert not text.startswith(("* ", "+ ")), i + 1
            i += 1
            continue
        assert re.fullmatch(r"- \[\[?[^\]]+\]?(; [^\]]+)?\]\(\S+\)", text), (i + 1, text)
        first = i + 1
        assert LINES[i + 1] == "```", first
        j = i + 2
        while LINES[j] != "```":
            j += 1
        block = LINES[i + 2:j]
        assert sum(1 for b in block if b.startswith("@")) == 1, first
        titles = [b for b in block if re.match(r"\s*title\s*=", b)]
        assert len(titles) == 1, first
        m = re.fullmatch(r"\s*title\s*=\s*\{(.*)\},?\s*", titles[0])
        assert m, titles[0]
        title = m.group(1).replace("{", "").replace("}", "")
        e = entry(LINES, first, j + 1, title)
        if e["doi"] and e["doi"].endswith("}"):
            e["doi"] = e["doi"].rstrip("}")  # a BibTeX field's closing brace is not part of the DOI
            fixed += 1
        papers.append(e)
        i = j + 1
    assert len(papers) == 35 and fixed == 12, fixed
    write_truth(NAME, PART, papers,
                "every '- [[Tag]](url)' bullet with the fenced BibTeX block right under it is one entry (bullet to"
                " closing fence); title = the BibTeX title field without its braces; first DOI written in the entry",
                "all 35 entries (35 bullets, 70 fences, 35 records, 35 title fields by grep), every title against its"
                " title field, line ranges of the first, last and the two near '%' comment lines, DOIs by eye against"
                " every doi.acm.org/dx.doi.org/SIAM/Springer url (grep 'doi')")


if __name__ == "__main__":
    main()
