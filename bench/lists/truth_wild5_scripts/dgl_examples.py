"""Wild5 truth for dmlc/dgl examples/README.md: a code library's index of the research papers its examples
implement ('Official DGL Examples and Modules').

Shape: a short intro (two '*' bullets about branches: not entries), then '## <year>' headings (2024
down to 1998), each with bullets '- <a name="key"></a> Authors. Title. [Paper link](url).' (the
anchor once without a following space, a few bullets indented by one space after the anchor), each
followed by sub-bullets '- Example code: [PyTorch](...)' (or '- Pooling module: ...') and
'- Tags: ...' (indented 2 or 4 spaces; the 2024 and 2023 bullets have a blank line between them).
113 bullets, every one a paper: 113 entries, from the bullet to its last sub-bullet.

Title = the text between the author part and ' [Paper link]': the author part is everything up to
'et al. ' when the bullet has it ('Hu et al.', 'Li, Maosen, et al.', 'Fu X, Zhang J, Meng Z, et
al.'), else up to the first '. ' ('Chen.', 'Marc Brockschmidt.', 'Kipf and Welling.', 'Zhu &
Ghahramani.'); the closing '.' is dropped, a closing '?' kept.  One bullet ('Xing et al. Learning
Hierarchical Graph Neural Networks for Image Clustering.') has no link.  arXiv id and DOI from the
bullet's Paper link (the sub-bullets link code only).  CiteSeerX 'viewdoc?doi=10.1.1.…' parameters
are CiteSeerX document ids, not DOIs: doi null for those two bullets.  The 2023 bullet links the same
arXiv id as the 2022 one (a copy error in the file); the truth keeps what the entry's link says.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "dmlc__dgl__examples__README@3d16000.md"
PART = "wild5_development"
BULLET = re.compile(r"- <a name=[\"'][^\"']+[\"']></a> ?(.+)")


def title_of(text: str) -> str:
    body = text.split(" [Paper link](")[0].strip()
    if "et al. " in body:
        body = body.split("et al. ", 1)[1]
    else:
        body = body.split(". ", 1)[1]
    return body.strip().removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = BULLET.fullmatch(text)
        if not m:
            assert not text.startswith("- "), i
            continue
        end = i
        k = i + 1
        while k <= len(lines) and (re.match(r" {2,4}- (Example code|Tags|Pooling module):", lines[k - 1]) or
                                   (not lines[k - 1].strip() and k < len(lines) and lines[k].startswith("  - "))):
            if lines[k - 1].strip():
                end = k
            k += 1
        assert re.match(r" +- Tags:", lines[end - 1]), i
        p = entry(lines, i, end, title_of(m.group(1)))
        if "citeseerx.ist.psu.edu" in text:
            p["doi"] = None  # CiteSeerX document id, not a DOI
        papers.append(p)
    assert len(papers) == 113, len(papers)
    assert sum(1 for p in papers if p["end"] - p["line"] >= 3) == 2  # the 2024/2023 bullets with a blank line
    write_truth(NAME, PART, papers,
                "every '- <a name=...></a> Authors. Title. [Paper link](url)' bullet under the year headings is an entry,"
                " with its Example code / Tags sub-bullets; title = the text after the author part ('et al.' or the first"
                " '. ') up to the Paper link, closing '.' dropped; ids from the Paper link, CiteSeerX doi= ids not DOIs",
                "all 113 bullets (grep '^- <a name=' = 113; 110 Example code + 3 Pooling module sub-bullets, 113 Tags),"
                " every title listed against its line (author parts: et al., single names, 'Kipf and Welling',"
                " 'Zhu & Ghahramani'), the link-less Xing bullet, titles ending in '?', the ACM/Springer/ACS DOIs")


if __name__ == "__main__":
    main()
