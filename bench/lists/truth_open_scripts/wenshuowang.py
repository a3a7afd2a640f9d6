"""Open truth (batch 3) for wenshuowang/wenshuowang.github.io _pages/publications.md (at 4c27061):
a researcher's publication page (Jekyll, academicpages), mostly raw HTML.

Sections: Dissertation (one bullet), Journal/Conference (an HTML table), a commented-out Teaching
part, and Patents.  In the table each paper is a '<tr id="key" class="entry">' row with cells image,
authors, title (then '<br>' and a '<p class="infolinks">' of Abstract/BibTeX/PDF/arXiv/Code links),
year and venue, followed by its hidden abstract row ('abs_key') and usually a BibTeX row
('bib_key', a <pre> BibTeX entry).  Decisions:

- An entry runs from its 'entry' row to the last line of its abstract/BibTeX rows (before the next
  'entry' row); title = the title cell's text before '<br>' / the links paragraph, tags removed.
- Ids come from the entry's lines with HTML comments removed: the template's commented-out link
  lines ('<!-- [<a href="https://arxiv.org/pdf/2007.00648">arXiv</a>] -->') are leftovers from
  another site and name other papers; the page does not show them.  BibTeX braces are read as
  spaces so that 'doi = {10.x/y}' gives the DOI without its brace.
- The dissertation bullet (line 19, a Ph.D. thesis) is an entry, title = the text after '(2018)'
  up to the italic degree line.
- Patents (four numbered items) are not papers: not entries.  The commented-out Teaching tables
  hold nothing.
- The one abstract row keyed 'abs_ma2020forecasting' and the BibTeX row 'bib_wang2017how' under
  'wang2017feature' (copy-paste keys) belong to the entry above them, as on the page.
- Row 'wang2019scene' (line 1217) repeats the previous row's title in its title cell (a copy-paste
  slip), while its key, PDF link, abstract and BibTeX are those of 'Scene understanding in deep
  learning-based end-to-end controllers for autonomous vehicles': the entry is that paper, title =
  its BibTeX title as the file writes it.  Everywhere else the title cell and the BibTeX title agree
  (one differs in wording, 'Clustering of driving ...', and the title cell is kept).
- Two publisher URLs carry the DOI with a tail that is not part of it: Emerald's
  '.../doi/10.1108/JICV-09-2018-0010/full/html' and Taylor & Francis's
  '.../chapters/edit/10.1201/9781315265285-147/<slug>'; the tails are dropped.
"""
import html
import re

from _open import Open

NAME = "wenshuowang__wenshuowang.github.io___pages__publications@4c27061.md"


def uncomment(text: str) -> str:
    return re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)


def commented_lines(lines: list[str]) -> set[int]:
    """1-based numbers of lines that start inside an HTML comment."""
    out, inside = set(), False
    for n, text in enumerate(lines, 1):
        if inside:
            out.add(n)
        pos = 0
        while True:
            j = text.find("-->" if inside else "<!--", pos)
            if j < 0:
                break
            inside, pos = not inside, j + (3 if inside else 4)
    return out


def main() -> None:
    t = Open(NAME)
    hidden = commented_lines(t.lines)

    m = re.match(r"- \*\*W\. Wang\*\*\. \(2018\) (.+?)\. \*Ph\.D\.", t.line(19))
    t.add(19, 19, m.group(1))

    starts = [i for i, x in enumerate(t.lines, 1) if re.search(r'<tr id="[^"]+" class="entry">', x)]
    assert not any(i in hidden for i in starts)
    table_end = next(i for i, x in enumerate(t.lines, 1) if x.strip() == "</tbody>")
    for k, i in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else table_end
        end = max(j for j in range(i, stop) if "</tr>" in t.line(j))
        block = uncomment(t.span(i, end))
        row = block[: block.index("</tr>")]
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.DOTALL)
        assert len(cells) == 5, (i, len(cells))
        title_cell = re.split(r"<br\s*/?>|<p\b", cells[2], maxsplit=1)[0]
        title = html.unescape(re.sub(r"<[^>]+>", " ", title_cell))
        if 'id="wang2019scene"' in t.line(i):
            title = re.search(r"title=\{(Scene understanding[^}]+)\}", block).group(1)
        own = re.sub(r"[{}]", " ", block)
        t.add(i, end, title, own=own)
        doi = t.papers[-1]["doi"]
        if doi and doi.startswith(("10.1108/", "10.1201/")):
            t.papers[-1]["doi"] = re.sub(r"^(10\.1108/[^/]+)/full/html$|^(10\.1201/[^/]+)/.*$",
                                         lambda m: m.group(1) or m.group(2), doi)
    t.write("the Ph.D. dissertation bullet and every '<tr class=\"entry\">' row of the publications table are"
            " entries (a row with its abstract and BibTeX rows); title = the title cell's text before '<br>';"
            " ids from the entry's lines without HTML comments; patents are not entries",
            "every entry row of the table (key, title cell, shown links, abstract and BibTeX rows, the"
            " commented-out template links), the dissertation, the patents and the commented-out Teaching part: 51"
            " entries; every title cell compared with its BibTeX title (one copy-paste slip, line 1217)")


if __name__ == "__main__":
    main()
