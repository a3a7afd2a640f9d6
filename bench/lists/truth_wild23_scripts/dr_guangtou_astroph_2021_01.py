"""Wild23 truth for dr-guangtou/daily_astroph 2021/astroph-2021-01.md: an astrophysicist's daily
astro-ph reading journal for January 2021 (galaxies, clusters, cosmology), notes in English and Chinese,
written in Obsidian.

Shape: '# ArXiv astrop-ph Journal', a '- #arxiv' tag line, '## 2021 Jan', then one '### Jan N' heading
per day (Jan 13 appears twice, lines 776 and 889) with three '####' priority headings each ('Relevant /
Important / Useful', 'Interesting / Keep in mind', 'Others'), and under them one '#####' heading per
paper: '##### [Title](https://arxiv.org/abs/yymm.nnnnn)' followed by '-' note bullets (Obsidian tags
'#cluster_galaxies', wiki links '[[Galaxy Cluster Finders]]', excerpts of the abstract, Chinese
comments, nested tab-indented bullets, some links to code repositories, catalogs and lecture notes).
Variants: line 82 puts 'Miyatake et al. 2021 - ' before the link; line 418 links the PDF
(arxiv.org/pdf/2101.01788.pdf); two links have a mistyped id, kept as the helper reads them from the
text: line 240 'abs/2101.016840' (read as 2101.01684) and line 1418 'abs/2101.9236' (read as written,
2101.9236); titles escape brackets, '=', '*' and '-' ('\\[CII\\]' lines 129, 154, 299, 398, 506, 851,
1199, 1671; 'z\\=' 274, 398, 1078, 1892; 'Sgr A\\*' 403; 'N\\-body', 'MBH\\--nsph' 619, 875, 1023, 1690,
1972) and two put a code name in backticks (800, 1498), all kept as rendered ('[CII]', 'z=6.0719',
'Sgr A*', 'mirkwood: ...').
Title = the link text of the heading (the author-year prefix of line 82 dropped).
Entries: every '#####' heading (one paper each, all arXiv); an entry spans its heading and its note
bullets up to the last non-blank line before the next heading.  Not entries: the day and priority
headings, and the links inside notes (code: SynthObs, gaia_alignment, UltraNest ...; data: the DESI DR8
group catalog, line 16, the cluster catalog, line 1865; decomposition results, line 929; lecture notes
on sparse regression, line 551; Obsidian wiki links).  No arXiv link appears outside the headings.
Count check: 279 lines starting '##### ' = 279 entries, each with an arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "dr-guangtou__daily_astroph__2021__astroph-2021-01@068d449.md"
PART = "wild23_development"
HEAD = re.compile(r"^##### (?:Miyatake et al\. 2021 - )?\[(.+)\]\(https://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,6}(?:\.pdf)?\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#")]
    papers = []
    for k, i in enumerate(heads):
        text = lines[i - 1]
        if not text.startswith("##### "):
            continue
        m = HEAD.match(text)
        assert m, (i, text)
        nxt = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        end = max(j for j in range(i, nxt) if lines[j - 1].strip())
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 279, len(papers)
    assert all(p["arxiv"] for p in papers)
    others = [i for i, t in enumerate(lines, 1) if "arxiv.org" in t and not t.startswith("##### ")]
    assert not others, others
    write_truth(NAME, PART, papers,
                "each '#####' paper heading '[Title](arXiv link)' with its note bullets is an entry, title = the"
                " link text (escaped brackets unescaped, line 82's author-year prefix dropped); day and priority"
                " headings and the code/data/notes links inside the notes are not entries",
                "the first and last entry of every day read by eye with a sample of about 30 more, all headings"
                " that are not the plain '##### [Title](abs link)' form (line 82 prefix, line 418 pdf link, the"
                " eight escaped-bracket titles), every non-arXiv link in the notes, and the entry spans around"
                " the duplicated 'Jan 13' day")


if __name__ == "__main__":
    main()
