"""Wild36 truth for 3dui-class-s20/3dui-class-s20.github.io _pages/readings.md: the reading list of a
graduate course on 3D User Interfaces (Georgia Tech CS 4803/8803, Spring 2020).

Shape: a TOC (lines 11-13, not entries), ``# 2. Books`` (18-25: game-design books and novels, and an empty
bullet at 21 -- not entries), then ``# 3. Papers`` (29-69): one ``- `` bullet per paper, each an unlinked
reference in whatever citation style it was pasted from -- author-first with the title in curly quotes
(29, 30, 32, 33, 39, 41, 43, 46, 47, 56), or ``Authors. Year. Title. Venue`` / ``Authors. Title. Venue``
with the title plain between full stops (all others).  A few end in a ``[link](url)`` (50, 58, 64) or the
bare word "link" with no URL (60, 63).  Some carry ACM/IEEE DOI suffixes without the ``10.xxxx/`` prefix
(``JPROC.2011.2182070``, ``2069618.2069640``, ``379300.379322``, ``ISUVR.2011.28``,
``ISMAR.2010.5643560``, a Springer ``978-3-642-22024-1_37``): not DOIs as written.  Literal DOIs:
``DOI=10.1145/...`` (45, 52, 61, 68) and the MIT Press URL (64).

Entries: every bullet of the Papers section (41).  Line 57 (Pausch et al., "Disney's Aladdin", a chapter of
the edited volume *Digital Illusion*) is counted as a paper: it is a scholarly chapter, not a book.
Titles: read off each reference by hand (TITLES below), without the quotes, the closing comma/full stop,
authors, venue or year; line 42's title runs into its venue without a space (``environments.Computer``),
the title stops at the full stop.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "3dui-class-s20__3dui-class-s20.github.io___pages__readings@f6c33d0.md"
PART = "wild36_development"

TITLES = {
    29: "The Importance of Stereo and Eye-Coupled Perspective for Eye-Hand Coordination in Fish Tank VR",
    30: "A survey of augmented reality",
    31: "Merging virtual objects with the real world: seeing ultrasound imagery within the patient",
    32: "Here We Are! Where Are We? Locating Mixed Reality in The Age of the Smartphone",
    33: "A Scale Model of Mixed Reality",
    34: "Locales: Supporting Large Multiuser Virtual Environments",
    35: "User Interfaces for Volumetric Displays",
    36: "Collaborative virtual environments",
    37: "Whats Real About Virtual Reality?",
    38: "Alice: Lessons Learned from Building a 3D System for Novices",
    39: "Knowledge-Based Augmented Reality",
    40: "Artnova: Touch-enabled 3D model design",
    41: "The Cubic Mouse: A New Device for 3D Input",
    42: "Cubic-Mouse-based interaction in virtual environments",
    43: "Experiences with an AR Evaluation Test Bed: Presence, Performance, and Physiological Measurement",
    44: "Two-handed spatial interface tools for neurosurgical planning",
    45: "OmniTouch: wearable multitouch interaction everywhere",
    46: "ClearSpace: Mixed Reality Virtual Teamrooms",
    47: "Mirror Worlds: Experimenting with Heterogeneous AR",
    48: "A Survey of Design Issues for Spatial Input",
    49: "Virtual environments for treating the fear of heights",
    50: "Exploring MARS: developing indoor and outdoor user interfaces to a mobile augmented reality system",
    51: "Scape: Supporting stereoscopic collaboration in augmented and projective environments",
    52: "KinectFusion: real-time 3D reconstruction and interaction using a moving depth camera",
    53: "A two-handed interface for object manipulation in virtual environments",
    54: "A survey of position trackers",
    55: "Moving Objects in Space: Exploiting Proprioception in Virtual Environment Interaction",
    56: "Designing Audio Aura",
    57: "Disney’s Aladdin: first steps toward storytelling in virtual reality",
    58: "Interactive augmented reality techniques for construction at a distance of 3D geometry",
    59: "Comparing voodoo dolls and HOMER: exploring the importance of feedback in virtual environments",
    60: "Virtual notepad: Handwriting in immersive VR",
    61: "The Task Gallery: a 3D window manager",
    62: "Verbal Communication During Cooperative Object Manipulation",
    63: "Designing interactive theme park rides",
    64: "The Uncanny Valley: Effect of Realism on the Impression of Artificial Human Faces",
    65: "The Ultimate Display",
    66: "Exploring 3D navigation: combining speed-coupled flying with orbiting",
    67: "Walking > walking-in-place > flying, in virtual environments",
    68: "Combining multiple depth cameras and projectors for interactions on, above and between surfaces",
    69: "Pop Through Button Devices for VE Navigation and Interaction",
}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# 3. Papers") + 1
    bullets = [i for i, ln in enumerate(lines, 1) if i > start and ln.startswith("- ")]
    assert bullets == sorted(TITLES), bullets
    papers = []
    for i, title in TITLES.items():
        assert title in lines[i - 1], i
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 41, len(papers)
    write_truth(NAME, PART, papers,
                "Each bullet of the '# 3. Papers' section is an entry (an unlinked reference in mixed citation"
                " styles), title read off by hand without quotes, authors, venue or year; the Books section"
                " (books, novels, an empty bullet) and the TOC are not entries; prefix-less DOI suffixes are not"
                " DOIs, 'DOI=10.1145/...' and the MIT Press URL are.",
                "All 70 lines read by eye; every one of the 41 titles checked against its line (the assert also"
                " checks each occurs verbatim), the book bullets 18-25, the bare 'link' words (60, 63), the"
                " chapter at 57, the run-on title at 42, the odd closing quote at 29, and the ids in the -v"
                " output (DOIs at 45, 52, 61, 64, 68 only).")


if __name__ == "__main__":
    main()
