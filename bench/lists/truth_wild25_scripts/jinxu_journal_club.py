"""Wild25 truth for jinxu9/2020_GroupMeeting Journal_Club_1st_round.md: a biology lab's weekly
journal club (Xu lab, olfaction / single-cell genomics), February to July 2020.

Shape: '# Xu Lab Journal Club', then one '## YYYY-MM-DD, time' heading per session, followed by
'* Speaker: name' and a bullet naming the paper, no Markdown links.  The paper bullet is written
freely: usually '* Title: <title>. <citation>' on one line or with the citation on an indented
continuation line, but also
- author-first citations inside the Title field: line 19 ('Soldatov, R. et al. <title>. Science ...')
  and line 33 ('Berman, B.P., ..., 2018. <title>. Sci Adv 4, ...');
- no 'Title:' label: line 45 ('* Widespread ... Gene Evolution Rates Cell 180,248-262', the journal
  run on after the title with no separator) and line 49 ('*  MorphoSeq: ... Chordate. Cell 181,1-14');
- 'Title :' with a space (line 73, title only);
- a title run into the citation without a space (line 41 '...Chromatin Folding.Hsieh et al.');
- a no-break space after the title (lines 28, 69);
- a bare DOI URL after the title (line 57).
Entry = the paper bullet and its continuation line (5-6, 10-11, 23-24, 28-29), else the bullet line.
Title = the paper's title as written, without the citation (authors, journal, year, pages) or the final
period; the 19 titles are listed in TITLES, each asserted to occur in its line.
Not entries: the Speaker lines, the 'Holiday !' session (line 81) and the last session (lines 87-88,
2020-07-09), which names a speaker and no paper.
Count check: 21 '## ' session headings = 19 papers + the holiday + the session without a paper.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "jinxu9__2020_GroupMeeting__Journal_Club_1st_round@24ddfbd.md"
PART = "wild25_development"
TITLES = {
    (5, 6): "Cell-Surface Proteomic Profiling in the Fly Brain Uncovers Wiring Regulators",
    (10, 11): "PINK1 Inhibits Local Protein Synthesis to Limit Transmission of Deleterious Mitochondrial DNA"
              " Mutations",
    (15, 15): "Structured spike series specify gene expression patterns for olfactory circuit formation",
    (19, 19): "Spatiotemporal structure of cell fate decisions in murine neural crest",
    (23, 24): "A transcriptomic atlas of mammalian olfactory mucosae reveals an evolutionary influence on food"
              " odor detection in humans",
    (28, 29): "Lineage tracing on transcriptional landscapes links state to fate during differentiation",
    (33, 33): "Using 3D epigenomic maps of primary olfactory neuronal cells from living individuals to understand"
              " gene regulation",
    (37, 37): "Dynamic Transcriptional Responses to Injury of Regenerative and Non-regenerative Cardiomyocytes"
              " Revealed by Single-Nucleus RNA Sequencing",
    (41, 41): "Resolving the 3D Landscape of Transcription-Linked Mammalian Chromatin Folding",
    (45, 45): "Widespread Transcriptional Scanning in the Testis Modulates Gene Evolution Rates",
    (49, 49): "MorphoSeq: Full Single-Cell Transcriptome Dynamics Up to Gastrulation in a Chordate",
    (53, 53): "Retrovirus-like Gag Protein Arc1 Binds RNA and Traffics across Synaptic Boutons",
    (57, 57): "Genomic encoding of transcriptional burst kinetics",
    (61, 61): "Snake Venom Gland Organoids",
    (65, 65): "The gut-brain axis mediates sugar preference",
    (69, 69): "Molecular Choreography of Acute Exercise",
    (73, 73): "Three-dimensional genome structures of single sensory neurons in mouse visual and olfactory systems",
    (77, 77): "Single-cell analysis of murine fibroblasts identifies neonatal to adult switching that regulates"
              " cardiomyocyte maturation",
    (85, 85): "Heterogenous Populations of Tissue-Resident CD8+ T Cells Are Generated in Response to Infection and"
              " Malignancy",
}


def main() -> None:
    lines = read_lines(NAME)
    sessions = [i for i, t in enumerate(lines, 1) if t.startswith("## ")]
    assert len(sessions) == 21, sessions
    # each session's paper bullet is the bullet after its Speaker line
    bullets = []
    for s in sessions:
        j = s  # 0-based index of the line after the heading
        while j < len(lines) and not lines[j].startswith("* Speaker"):
            if lines[j].startswith("* Holiday"):
                break
            j += 1
        if j < len(lines) and lines[j].startswith("* Speaker") and j + 1 < len(lines) and lines[j + 1].startswith("*"):
            bullets.append(j + 2)  # 1-based line of the paper bullet
    assert bullets == [first for first, _ in TITLES], bullets
    papers = []
    for (first, last), title in TITLES.items():
        own = " ".join(lines[first - 1:last])
        assert title in own, (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 19, len(papers)
    write_truth(NAME, PART, papers,
                "one entry per journal-club session naming a paper: the bullet after '* Speaker:' and its indented"
                " continuation line; title = the paper title as written, without the author/journal/year citation"
                " that precedes or follows it (hand-listed per line, each asserted to occur there)",
                "all 21 sessions read by eye: 19 papers, the holiday and the last session without a paper left out;"
                " every title checked against its line (author-first lines 19 and 33, unlabelled bullets 45 and 49,"
                " no-space join on 41, no-break spaces on 28 and 69, DOI URL on 57)")


if __name__ == "__main__":
    main()
