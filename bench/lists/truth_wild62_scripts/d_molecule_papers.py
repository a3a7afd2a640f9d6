"""Wild62 truth for Kongbaiyyue/Kongbai_paper Molecule-papers.md at 225ca9c (2023-06-30): a Chinese student's
reading notes on computational chemistry (retrosynthesis / reaction prediction, molecule pre-training, molecule
generation), headings partly in Chinese.

Shape: 63 lines.  ``# Retrosynthesis`` (1) with empty Chinese subheadings (3-9: 断键补全, 断键, 补全, 直接端到端的训练),
a heading that itself cites a paper, ``# 特征 [Chemistry-informed molecular graph](https://www.pnas.org/...)`` (11),
followed by notes (12-19: 经验知识, 内在特征, a bullet list of features), then ``## Input2Output`` (22) with
``### Graph2Graph`` (23), ``### SMILES2SMILES`` (31), ``### chanllenge`` (35), ``## template`` (38),
``## prepare read`` (48), ``## molecule grammar`` (52), ``# Molecule Pretrain`` (56), ``# Molecule Generation`` (61).
Papers are bullets ``- [<title>. <Author>;<Author>;...](url) <venue><year> <ranking>``, e.g. 24
``... JCIM2021 sci-2``, 25 ``ICML2020 ccf-A``: the authors are inside the link text after the title.

Special cases:
- Several titles carry the author's method label as a prefix (24 ``MEGAN: Molecule edit graph ...``, 25
  ``GraphRetro: ...``, 27 ``GLN: ...``); 33 writes ``RetroDCVAE:Modeling ...`` without a space and without authors.
- 39-40: the link text wraps onto a second line (the author list), and the title runs into the authors with no space:
  ``... Modern Hopfield Networks.Philipp Seidl; ...``; 40 also has a ``[blog](...)`` link to the author's own notes.
- 49, 50 and 53 give only the title (49 in capitals); 50's URL is an Elsevier reader link with a token.
- 57 runs venue and year together (``Machine Learning: Science and Technology2022``).
- 11 is a heading, not a bullet, but names and links a paper (PNAS DOI 10.1073/pnas.2212711119) whose features the
  following notes list; its link text ``Chemistry-informed molecular graph`` is a shortened title.
- 16-19 (feature bullets) and 36 (``many previous papers have pointed out ...``) are notes, not entries.

Decisions:
- Entry = each bullet whose text is a link ``- [..](url)`` (13 bullets; 39-40 is one entry) plus the paper cited in
  the heading on 11: 14 entries.
- Title = the link text as the file writes it, cut before the author list: the author list is the part after the
  last full stop before the first ``;`` (the method-label prefixes such as ``MEGAN:`` are kept, as the file writes
  them as part of the title); link texts without ``;`` are whole titles.  ids come from the URLs.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "Kongbaiyyue__Kongbai_paper__Molecule-papers@225ca9c.md"
PART = "wild62_held_out"

BULLET = re.compile(r"^- \[")
HEAD_PAPER = re.compile(r"^# .*\[([^\]]+)\]\(https?://[^)]+\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        h = HEAD_PAPER.match(ln)
        if h:
            papers.append(entry(lines, n, n, h.group(1).strip()))
            n += 1
            continue
        if not BULLET.match(ln):
            n += 1
            continue
        last = n
        text = ln
        while "](" not in text:
            last += 1
            text += "\n" + lines[last - 1]
        link_text = text[3:text.index("](")]
        if ";" in link_text:
            link_text = link_text[: link_text.index(";")].rsplit(".", 1)[0]
        papers.append(entry(lines, n, last, " ".join(link_text.split())))
        n = last + 1
    assert len(papers) == 14, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [11, 24, 25, 26, 27, 32, 33, 39, 49, 50, 53, 57, 58, 62], sorted(on)
    assert on[11]["title"] == "Chemistry-informed molecular graph" and on[11]["doi"] == "10.1073/pnas.2212711119"
    assert on[24]["title"] == ("MEGAN: Molecule edit graph attention network: modeling chemical reactions as"
                               " sequences of graph edits"), on[24]
    assert on[26]["title"] == "G2G: A Graph to Graphs Framework for Retrosynthesis Prediction", on[26]
    assert on[32]["title"] == "RETROFORMER: pushing the limits of end-to-end retrosynthesis transformer", on[32]
    assert on[32]["arxiv"] == "2201.12475", on[32]
    assert on[33]["title"].startswith("RetroDCVAE:Modeling Diverse Chemical Reactions"), on[33]
    assert on[39]["end"] == 40, on[39]
    assert on[39]["title"] == ("Improving Few- and Zero-Shot Reaction Template Prediction Using Modern Hopfield"
                               " Networks"), on[39]
    assert on[49]["title"].startswith("MIND THE RETROSYNTHESIS GAP:"), on[49]
    assert on[57]["title"] == "Chemformer: a pre-trained transformer for computational chemistry", on[57]
    assert on[62]["title"] == "Data-efficient Graph Grammar Learning For Molecular Generation", on[62]
    for p in papers:
        assert ";" not in p["title"] and "Coley" not in p["title"], p
    write_truth(
        NAME,
        PART,
        papers,
        method="Each bullet '- [title. Author;Author;...](url) venueYEAR rank' is one entry (13, one of them"
        " wrapped over 39-40), plus the paper linked in the heading '# 特征 [Chemistry-informed molecular"
        " graph](pnas url)' on 11: 14 entries.  Title = the link text as written, cut before the author list (the"
        " part after the last full stop before the first ';'; 39 has no space: 'Networks.Philipp'); method-label"
        " prefixes written as part of the title (MEGAN:, GLN:, GraphRetro:) are kept.  Note bullets (16-19, 36)"
        " and empty subheadings are not entries.  ids come from the URLs.",
        checked="Read the whole file; compared the -v output with every bullet and heading: the 14 entries and"
        " their titles (no author left in any title, the wrapped 39-40 entry, the title-only bullets 49/50/53, the"
        " PNAS paper in heading 11), and the arXiv ids/DOIs taken from the URLs.",
    )


if __name__ == "__main__":
    main()
