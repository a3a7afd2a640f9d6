"""Wild10 truth for Rice-Course-MLSys/MLSys-Seminar content/en/materials/_index.md: a course's reading tables
whose paper cells are HTML tooltips.

Shape: a Hugo page (front matter, a <style> and a <script> block), then '## Guest Lecture Materials' and
five '## Chapter' sections with '### Subtopic' tables '| Paper | Link |'.  Every data row is

    | <span class="tooltip" data-tooltip="Author, et al. 'Title.' Venue (Year).">Nickname</span> | [PDF](url) |

The visible cell text is a short name (FlashAttention, BERT, 'Pruning', or sometimes a title); the
work's title is only in the tooltip's citation, between single quotes.  A tooltip may cite two or
three works, numbered '[1]... [2]...' (e.g. 'FlashAttention 1, 2, 3'), with one [PDF] link each.

Entry: every cited work of every row, on the row's line; a row citing n works gives n entries.
Title: the quoted title of that citation ('Attention is all you need', 'Zero: Memory optimizations
toward training trillion parameter models'), as the tooltip writes it, its closing full stop dropped.
Ids: from that citation's own text and its own [PDF] link (the k-th link for the k-th work), so the
two works of one row do not share an id; a citation's 'arXiv preprint arXiv:NNNN' text counts.

Not an entry: the guest-lecture row 'FlexAttention(PyTorch Blog)', whose tooltip cites a PyTorch Blog
post.  Repeated works (H2O, MInference, ZeRO, Megatron-LM, Deepseek-v3, FlexAttention, SpargeAttention,
the sparsely-gated MoE paper) are separate entries.

Count checks: 100 tooltip rows (grep -c '<span class="tooltip"'), 9 tooltips with '[2]' and 1 with
'[3]' (grep; the '[3]' one is among the nine), minus the blog row: 100 - 1 + 9 + 1 = 109 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "Rice-Course-MLSys__MLSys-Seminar__content__en__materials___index@e9a81d1.md"
ROW = re.compile(r'^\| <span class="tooltip" data-tooltip="([^"]*)">([^<]*)</span>\s*\|(.*)\|\s*$')
QUOTED = re.compile(r"'(.+?[.?!])'(?=\s|$)")
BLOG = {"FlexAttention(PyTorch Blog)"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = multi = 0
    for i, text in enumerate(lines, 1):
        if '<span class="tooltip"' not in text:
            continue
        m = ROW.match(text)
        assert m, i
        rows += 1
        tip, shown, link_cell = m.groups()
        if shown in BLOG:
            assert "PyTorch Blog" in tip
            continue
        cites = [c for c in re.split(r"\[\d\]", tip) if c.strip()] if tip.startswith("[1]") else [tip]
        links = re.findall(r"\[PDF\]\(([^)]*)\)", link_cell)
        assert len(cites) == len(links), (i, len(cites), len(links))
        if len(cites) > 1:
            multi += 1
        for cite, link in zip(cites, links):
            q = QUOTED.search(cite)
            assert q, (i, cite)
            e = entry(lines, i, i, q.group(1))
            own = cite + " " + link
            e["arxiv"], e["doi"] = arxiv_of(own), doi_of(own)
            papers.append(e)
    assert rows == 100 and multi == 9, (rows, multi)
    assert len(papers) == 109, len(papers)
    write_truth(NAME, "wild10_development", papers,
                "every work cited in a table row's tooltip (data-tooltip of the Paper cell) is an entry on that row's"
                " line, title = the single-quoted title of its citation; a tooltip citing [1]..[n] works gives n"
                " entries, each with the ids of its own citation and its own [PDF] link; the PyTorch Blog row is"
                " not an entry",
                "all 109 titles read against the tooltips in the -v output; the 9 multi-work rows' split and"
                " per-work ids; rows whose link is not arXiv (alicdn, seaweed, nvidia, usenix, ACM, IEEE, alphaxiv,"
                " OpenReview, NeurIPS) checked for the id taken from the tooltip text")


if __name__ == "__main__":
    main()
