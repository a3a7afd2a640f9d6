"""Wild7 truth for rui-sz/papers-reading 'Paper daily-2024.md': a personal daily paper-reading log in Chinese.

Shape: a '# pending list' of GitHub task-list items ('- [ ] ...', some nested two spaces deeper)
mixing papers to read with chores, then month headings ('# 2024.9') and day headings
('## 2024.9.1'); under a day heading each paper read is one line '《Title》' (the title in Chinese
book-title brackets, sometimes wholly bold '《**Title**》', once italic inside, once with a stray
'**' after 'COMET'), followed by Chinese notes (numbered points, a closing remark).  Some days
hold two papers (two '《》' lines under one heading); one day (2024.2.12) holds notes only.
No links, no ids anywhere in the file.

Entries:
- every '《...》' line (47, counted with grep -c '《'): title = the text between the brackets as
  written, a nickname the author puts before the title kept ('DDPM: Denoising ...',
  '(LDM)Diffusion Models: ...', '(CM3leon)Scaling ...'), as the conventions say.  The stray
  unpaired '**' in '《COMET**: A Neural Framework for MT Evaluation》' is leftover bold markup
  and is dropped from the title.  The entry runs from the '《' line to the last non-blank line
  before the next '《' line or heading (its notes).
- the pending-list items that name a paper (6): 'Opening the black box ...', 'Learning phrase
  representations ...' (the note '2014年，提出了GRU' glued to the title is left out), 'Deeper
  insights into graph convolutional networks ...', 'Grad-cam: ...' (the Chinese note after two
  spaces left out), 'Big Transfer (BiT): ...' (the full-width bracketed note left out) and
  'Tokens-to-Token ViT: ...'.  One line each.
Not entries: the other pending items (reading Xenon docs, writing a GNN review, position
encodings, 'GAP global average pooling', a summary of CNN/RNN/Transformer, vector-search tools,
'多模态预训练工作（by李沐)', 'MAE loss...', 'DALLE/DALLE2 效果体验'): tasks and topics, not works.
'Generative AI for Translation in 2024' (an industry report on MT) is kept: a report the log
reads and notes like the papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "rui-sz__papers-reading__Paper daily-2024@25e196b.md"
PART = "wild7_development"
LINES = read_lines(NAME)

#: pending-list items naming a paper: line -> title as written (without the glued note)
PENDING = {
    18: "Opening the black box of Deep Neural Networks via Information",
    19: "Learning phrase representations using rnn encoder-decoder for statistical machine translation",
    22: "Deeper insights into graph convolutional networks for semi-supervised learning",
    27: "Grad-cam: Visual explanations from deep networks via gradient-based localization",
    32: "Big Transfer (BiT): General Visual Representation Learning",
    33: "Tokens-to-Token ViT: Training Vision Transformers from Scratch on ImageNet",
}


def main() -> None:
    papers = []
    for i, title in PENDING.items():
        text = LINES[i - 1]
        assert re.match(r"\s*- \[ \] ", text) and title in text, (i, text)
        papers.append(entry(LINES, i, i, title))
    pending_items = [i for i, t in enumerate(LINES[:36], 1) if re.match(r"\s*- \[ \] ", t)]
    assert len(pending_items) == 17, pending_items  # 17 task items, 6 of them papers

    starts = [i for i, t in enumerate(LINES, 1) if t.startswith("《")]
    assert len(starts) == 47 and sum(t.count("《") for t in LINES) == 47
    for i in starts:
        m = re.fullmatch(r"《(.+)》\s*", LINES[i - 1])
        title = m.group(1).replace("COMET**:", "COMET:")
        end = i
        j = i + 1
        while j <= len(LINES) and not LINES[j - 1].startswith(("《", "#")):
            if LINES[j - 1].strip():
                end = j
            j += 1
        papers.append(entry(LINES, i, end, title))
    assert len(papers) == 53
    write_truth(NAME, PART, papers,
                "every '《Title》' line of the daily log is an entry (notes below it to the next title or heading),"
                " title = the bracketed text as written (nickname prefixes kept, a stray '**' dropped); plus the six"
                " pending task-list items that name a paper, title without the glued Chinese note",
                "all 47 '《》' lines by eye (grep count 47, all at line start) and their spans across two-paper days;"
                " all 17 pending items one by one (6 papers, 11 chores/topics); no links or ids in the file")


if __name__ == "__main__":
    main()
