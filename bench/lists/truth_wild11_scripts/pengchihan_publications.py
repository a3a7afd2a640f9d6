"""Wild11 truth for pengchihan/pengchihan.github.io _pages/publications.md: a personal publication page
written in raw HTML.

Shape: Jekyll front matter, a line of year links, then papers separated by '<hr>' (with
'<a id="YYYY"></a>' anchors between some).  Each paper:
  <h2>Title</h2>
  <p><a href=teaser><img ...></a></p>                      (missing once)
  <p>Authors<br>
  Venue, year<br>
  <a href=...>Paper</a>&nbsp;|&nbsp;<a href=...>Video</a> ... <button onclick=...>BibTex</button>
  <div id=... style="display:none;"> @inproceedings{...,<br> ... doi = {...},<br> } </div>
  <script> function ... </script>
  </p>
  <p>Abstract:<br> ... </p>
The page ends with '<h2>Posters</h2>' and two one-line paragraphs
'<p><b>Title</b><br>Authors<br>Venue<br><a href=...>Poster</a></p>' (the last without a final newline).

Entries: every <h2> paper section (24), from its <h2> line to the last line before the next '<hr>'
(the teaser, authors, links, hidden BibTeX, script and abstract are the entry's own text), and the
two poster paragraphs under 'Posters' (AAG 2014; SDM 2011 Doctoral Forum: posters, like the SIGGRAPH
Asia posters above).  Title = the <h2> text (the bold text for a poster); the Chinese title in brackets after the 2021 CGW
paper's English title is a translation and is dropped.  The 'Posters' heading is not an entry.
Ids from the entry's own lines: arXiv links (the NICOGRAPH 2023 entry links its 'previous Arxiv
version'), DOIs from the hidden BibTeX (doi = {...}, also as the BibTeX key of ACM entries); the closing
brace of 'doi = {10.1109/...}' is BibTeX syntax, not part of the DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import doi_of, entry, read_lines, write_truth

NAME = "pengchihan__pengchihan.github.io___pages__publications@4277b98.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("<h2>")]
    assert len(heads) == 25 and lines[heads[-1] - 1] == "<h2>Posters</h2>", len(heads)
    for h in heads[:-1]:
        m = re.fullmatch(r"<h2>(.+)</h2>", lines[h - 1])
        title = m.group(1)
        title = re.sub(r"\s*\([^()]*[\u4e00-\u9fff][^()]*\)$", "", title)  # translated title in brackets
        nxt = next(j for j in range(h + 1, len(lines) + 1) if lines[j - 1].strip() == "<hr>")
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        assert "Abstract:" in "\n".join(lines[h - 1:end]), h
        e = entry(lines, h, end, title)
        if e["doi"]:  # 'doi = {10.1109/...}': the BibTeX braces are not part of the DOI
            e["doi"] = doi_of(re.sub(r"[{}]", " ", "\n".join(lines[h - 1:end])))
            assert "}" not in e["doi"], e
        papers.append(e)
    posters = list(range(heads[-1] + 1, len(lines) + 1))  # the file ends on the last one (no final newline)
    for i in posters:
        m = re.match(r"<p><b>(.+?)</b><br>.*>Poster</a></p>$", lines[i - 1])
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 26
    assert sum(1 for p in papers if p["doi"]) == 14 and sum(1 for p in papers if p["arxiv"]) == 7
    write_truth(
        NAME, "wild11_development", papers,
        "every <h2> paper section is an entry from its <h2> to the line before the next <hr> (title = the <h2>"
        " text, a Chinese translation in brackets dropped), plus the two poster paragraphs under 'Posters' (title"
        " = the bold text); the 'Posters' heading is not an entry",
        "all 26 entries by eye: <h2> titles, section ends at each <hr> (the last paper's abstract runs after a"
        " <br> inside the script paragraph), the translated CGW 2021 title, the two poster paragraphs; ids: 7 arXiv"
        " links and 14 BibTeX DOIs (closing braces cut) (IEEE BIBE, ACM, Springer IJCV, Eurographics STAG, Wiley CGF), the others"
        " link only lab PDFs, videos and project pages",
    )


if __name__ == "__main__":
    main()
