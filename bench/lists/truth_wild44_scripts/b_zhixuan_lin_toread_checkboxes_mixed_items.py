"""Wild44 truth for zhixuan-lin/paper-notes README.md: a graduate student's (object-centric generative models,
later author of SPACE) to-read and have-read checklist, kept as the README of his paper-notes repository (newest
commit 2020-04-23).

Shape (363 lines): "# paper-notes", a one-paragraph intro, then "## Core-A" (12 items), "## Core-B" (5), "## Core-C"
(10) and "## Other:" whose long tail is the running inbox.  Every item is a task-list bullet "- [x] text" (read) or
"- [ ] text" (to read).  Up to line 240 the items are separated by blank lines, from 243 on they follow each other.
The item text is usually a bare paper title with no link, no authors, no venue, in whatever case it was copied
(upper-case OpenReview titles 61, 133, 148, 150, 184, 190, 250; "COPHY: C OUNTERFACTUAL L EARNING OF P HYSICAL
DYNAMICS" with the PDF's broken spacing 123; an "ﬁ" ligature in "Data-efﬁcient" 172; typos "Tigher" 95,
"disentanglemnt" 103, "Souces" 208, "inMultimodal" 200), sometimes bold (160, 192, 200-212, 234, 244-245, 297), once
with a stray "#### " heading marker inside the item (216), once broken over two lines (135-136, Galileo), and with
notes in parentheses ("(half)" 7, "(+Supplementary Material)" 25, "(NPE)" 146).  Some items are linked: NIPS
proceedings pages, arXiv, deepai.org paper pages, a personal publication page (301), a "javascript:void(0)" link
(287) and a non-URL "[Social GAN](Social GAN)" (348).  Two items copy an arXiv RSS line with
"(arXiv:2004.00353v1 [cs.LG]) https://ift.tt/..." (331-332).  The inbox also holds things that are not papers:
Reddit threads and YouTube videos as bare URLs (264-265, 353), a LaTeX style guide (275), a book on Amazon ("Kinds Of
Minds", 278), gists, blog posts, Medium/Zhihu/Google AI/DeepMind/Lilian Weng posts (284, 298, 317, 319, 325-327,
342-343, 345, 359, 361, 363), code repositories and tools (314 SimCLR's GitHub repo, 330, 352, 356 pytorch-lightning,
310 a grid-world playground), courses and seminars (354, 362), talks (246 "DLRLSS, Yoshua Bengio, AGI and RNN", 251
"SuperDyna, Richard Sutton", 333 a SlidesLive talk), a glossary page (346), search notes and topics ("Google search:
using GAN for representation learning" 290, "Object-based unsupervised scene representation learning" 291 with its
Chinese rendering 292 -- the owner's own research topic --, "Convolution and attention (transformer)" 347, "Temporal
Generalization, long term dependency" 349, "Deep (Neural) Volume Rendering" 360, the question "Why GAN can generate
real images while VAE cannot?" 115) and a note to self (334).  Many items name a paper only by its nickname.

Decisions:
- Entry = each checklist item whose subject is a paper (read or not), 210 entries from 247 items; the 38 items
  listed above as videos, threads, book, posts, repos, tools, courses, talks, topics, questions and notes are not
  entries.  Title-like items that could not be told from papers by the file alone are taken as papers
  ("Object-based Representation Learning from Unlabeled Videos" 293, "Construction as the Manipulation of
  Structure" 336, "Design Motifs for Probabilistic Generative Design" 216).  Papers
  named several times (Scene Representation Networks 240/257/300, BERTology 243/276, Normalizing Flows 238/262,
  Catastrophic Interference 282/316, Multi-Object Representation Learning 17/23, ...) are separate entries.
  "NEM/RNEM" (43) names two papers (Neural Expectation Maximization and its relational version): two entries on
  line 43.  Linked paper pages (deepai.org 296/344, attentionagent.github.io 311, the personal publication page 301)
  count as papers; SimCLR's GitHub repo (314) and Google AI blog (345) do not.
- Title = the item text without the checkbox, bold, the stray "#### ", link markup, the notes in parentheses
  ("(half)", "(+Supplementary Material)", "(NPE)") and the RSS tail "(arXiv:... [cs.LG]) url"; the copy's case,
  typos, ligature and broken spacing are kept; the two Galileo lines are joined; a title's final "." is dropped
  (the held-out convention).  "(REx)" in 302 belongs to the paper's title and is kept.
- Title None for items that give only a nickname: NEM/RNEM (43, both), GENESIS 45, Capsule Net 85, Neural ODEs 113,
  RSQAIR 178, Factorized-VAE 180, Deep Infomax 245, BlockGAN 269, RIM 280, VQ-DRAW 312, Gauge Equivariant GCNN 313,
  Deep SDF 320, Social GAN 348, HoloGAN 350, DeepSDF 357, NeRF 358.  Items that write the title's words in another
  form are titles as written ("Neural Turing Machine" 83, "Deep autoregressive network" 79, "Hypernetwork" 256,
  "Spatial Broadcast Decoder" 47, "Inverse Graphics GAN" 270, "Semantic Image Synthesis with SPADE" 285).
- Ids: arXiv ids from the linked arXiv pages (268, 286, 302) and the RSS lines (331, 332); no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "zhixuan-lin__paper-notes__README@d99474c.md"
PART = "wild44_development"

ITEM = re.compile(r"^- \[(?:x| )\] (?P<text>.*)$")
CONTINUED = {135: 136}  # the Galileo title breaks over two lines
NOT_PAPERS = {
    115: "question", 246: "talk", 251: "talk", 264: "reddit", 265: "youtube", 275: "style guide", 278: "book",
    284: "gist", 290: "search note", 291: "topic", 292: "topic (zh)", 298: "zhihu", 310: "tool", 314: "code repo",
    317: "medium", 319: "blog", 325: "zhihu", 326: "deepmind blog", 327: "reddit", 329: "blog", 330: "repo",
    333: "talk", 334: "note", 342: "google ai blog", 343: "blog", 345: "google ai blog", 346: "glossary",
    347: "topic", 349: "topic", 352: "repo", 353: "youtube", 354: "course", 356: "tool", 359: "blog",
    360: "topic", 361: "zhihu", 362: "seminar", 363: "twitter",
}
NICKNAMES = {45, 85, 113, 178, 180, 245, 269, 280, 312, 313, 320, 348, 350, 357, 358}
TWO_NICKNAMES = 43  # NEM/RNEM
NOTES = re.compile(r" \((?:half|\+Supplementary Material|NPE)\)\s*$")
RSS = re.compile(r"\. \(arXiv:\d{4}\.\d{5}v\d \[cs\.LG\]\)(?: https://ift\.tt/\w+)?\s*$")


def title_of(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^#### ", "", text)
    text = re.sub(r"^\[(.+)\]\([^)]*(?:\(0\))?\)$", r"\1", text)  # the link (javascript:void(0) included)
    text = NOTES.sub("", text)
    text = RSS.sub("", text)
    return text


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    n = 0
    while n < len(lines):
        n += 1
        text = lines[n - 1]
        if text.startswith("- ["):
            m = ITEM.match(text)
            assert m, (n, text)
            body, last = m.group("text"), n
            if n in CONTINUED:
                last = CONTINUED[n]
                body = body.rstrip() + " " + lines[last - 1].strip()
            if n in NOT_PAPERS:
                skipped.append(n)
            elif n == TWO_NICKNAMES:
                assert body == "NEM/RNEM"
                papers.append(entry(lines, n, n, None))
                papers.append(entry(lines, n, n, None))
            elif n in NICKNAMES:
                papers.append(entry(lines, n, last, None))
            else:
                papers.append(entry(lines, n, last, title_of(body)))
            n = last
        else:
            assert not text.strip() or text.startswith(("#", "Paper reading notes.", "  ")), (n, text)
    assert sorted(skipped) == sorted(NOT_PAPERS), sorted(set(NOT_PAPERS) - set(skipped))
    for p in papers:
        t = p["title"]
        assert t is None or not re.search(r"\]\(|\*\*|^#|\(half\)|ift\.tt|\(NPE\)", t), (p["line"], t)
    assert len(papers) == 210, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [x]'/'- [ ]' checklist item naming a paper is an entry (NEM/RNEM two; Galileo over two lines);"
        " videos, threads, a book, blog posts, repos, tools, courses, talks, search topics, a question and a note are"
        " not; title = item text without checkbox, bold, stray '#### ', link markup, parenthesised notes and the"
        " arXiv RSS tail, copy case/typos kept, None for bare nicknames (210).",
        "Whole file read (363 lines) against the -v output: every item (247) classified by hand (38 non-papers listed"
        " in the script), the 17 nickname entries null, NEM/RNEM twice on 43, Galileo joined 135-136, '(half)' 7,"
        " '(+Supplementary Material)' 25 and '(NPE)' 146 removed, '(REx)' 302 kept, '#### ' 216 removed, bold items"
        " unbolded, javascript:void(0) link 287 and '[Social GAN](Social GAN)' 348, RSS lines 331-332 with arXiv ids,"
        " final dots dropped (69, 73, 81, 89, 162, 176, 186, 222), repeats kept.",
    )


if __name__ == "__main__":
    main()
