"""Wild3 truth for erictleung/erictleung.github.io _posts/2016-10-04-366-papers-for-2016-part-3.md: a PhD student's papers-read log.

Jekyll post: front matter, two intro paragraphs, then a numbered list (counting down, '26.' used
twice) of items '26. **Sept 28** Authors. ["Title."][refkey] *Journal* vol (year): pages.' wrapped
over two or three lines (continuation lines indented four spaces), then reference-style link
definitions '[refkey]: url'.  Every numbered item is an entry (17), its lines running from the
number to the last indented continuation line.  Title = the quoted link text without the quotes
and its final '.' ('Is It Ethical?.' keeps the '?'; 'part I.' loses the dot, a
separator, not an initial).  Ids: first from the item's own lines (Hingle
gives 'doi:10.7326/M16-1757'), else from the resolved link definition (dx.doi.org links,
link.springer.com/article/10.1007/…).  The Krzywinski item of Sept 07 refers to '[sep07krzywinski]'
but the definition is spelled '[sep07krzywinshi]', so Markdown leaves it unresolved: no id.  The
nature.com/nmeth, annals.org, OUP 'content/43/7/e47' and PubMed URLs hold no DOI; no arXiv ids.
"""
import re

from _wild3 import arxiv_of, doi_of, entry, read_lines, write_truth  # ids helpers re-exported from _heldout

NAME = "erictleung__erictleung.github.io___posts__2016-10-04-366-papers-for-2016-part-3@052a4ce.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    defs = {}
    for text in lines:
        m = re.match(r"\[([^\]]+)\]:\s*(\S+)", text)
        if m:
            defs[m.group(1).lower()] = m.group(2)
    starts = [i for i, t in enumerate(lines, 1) if re.match(r"\d+\. \*\*Sept", t)]
    papers = []
    for first in starts:
        last = first
        while lines[last].startswith("    "):
            last += 1
        own = " ".join(s.strip() for s in lines[first - 1:last])
        m = re.search(r'\["(.+?)"\]\[(\w+)\]', own)
        assert m, first
        p = entry(lines, first, last, m.group(1))
        if p["title"].endswith("--part I."):
            p["title"] = p["title"][:-1]  # the citation's '.', which tidy() keeps after a capital (as in 'A.I.')
        url = defs.get(m.group(2).lower())
        if url:
            p["arxiv"] = p["arxiv"] or arxiv_of(url)
            p["doi"] = p["doi"] or doi_of(url)
        else:
            assert m.group(2) == "sep07krzywinski", m.group(2)
        papers.append(p)
    write_truth(
        NAME, PART, papers,
        "every numbered '**Sept dd** Authors. [\"Title.\"][ref] *Journal*' item with its indented continuation lines"
        " is an entry; title = the quoted link text; ids from the item or its resolved reference-style link",
        "all 17 entries one by one against the file (titles across wrapped lines, line ranges, the duplicated"
        " number 26); count by grep '^[0-9]+\\. \\*\\*' (17); each reference key against its definition incl."
        " the misspelled sep07krzywinshi definition (unresolved, no id); DOIs from dx.doi.org, springer and"
        " Hingle's doi: text",
    )


if __name__ == "__main__":
    main()
