"""Wild62 truth for lifefeel/SpeechSynthesis README.md at eaf7493 (2018-08-02): a Korean collection of deep-learning
speech-synthesis resources (``딥러닝을 이용한 음성합성 관련 자료 모음``): talks, datasets, tools, and per model a
``### Paper`` / ``### Articles`` / ``### Source Code`` block, with Korean remarks under many bullets.

Shape: 157 lines.  ``## Lectures & Seminars`` (4-12: Korean talk videos and a blog post), ``## Dataset`` (14-22),
``## Tools`` (24-29), then one ``##`` section per model: WaveNet (31), Fast WaveNet (51), Parallel WaveNet (61),
WaveRNN (70), Deep Voice 1-3 (74, 78, 82), Tacotron (90), Tacotron 2 (101), HybridNet (118), ClariNet (122),
``## Audio Systhesis`` / ``### Nsynth`` (134-137), Voice Cloning (139), API Service (146), SSML (151), ``## Speed Up
전략`` (155).  Papers are bullets ``* [<title> (<yyyy.mm>)](url)``, under ``### Paper`` (33, 53, 63, 72, 76, 80, 84,
92, 103, 144) or directly under the model heading with `` - <author> et al.`` and Korean remarks (119, 123, 156), or
prefixed ``* Paper : [...]`` (137).

Special cases:
- Articles and demos reuse paper titles: 36 ``[WaveNet: A Generative Model for Raw Audio (DeepMind Blog)]``, 129
  ``[ClariNet: ...](research.baidu.com/Blog...) - Baidu Research``, 132 ``Sound demos for "ClariNet: ..."``, 136
  ``Demo : [NSynth: Neural Audio Synthesis]`` (magenta blog): not entries.  So are the talk videos (5-11, e.g. 9
  ``Generative Model-Based Text-to-Speech Synthesis (Heiga Zen, 2017.02)`` on YouTube), datasets, tools, source-code
  URLs, the voice-cloning demo (140), the Google API (147) and the W3C SSML specification (152).
- 123-126: the Korean remark of ClariNet wraps onto a line at column 0 (125 ``inverse autoregressive flow을 ...``);
  it belongs to the ClariNet entry.
- The ``(2016.09)`` year.month inside the link text and the `` - Yanqi Zhou et al.`` after the link are not part of
  the title.  119 (HybridNet) links OpenReview, no arXiv id.

Decisions:
- Entry = each paper bullet listed above; its span covers the Korean remark lines below it.
- Title = the link text without the trailing ``(yyyy.mm)``.  14 entries.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "lifefeel__SpeechSynthesis__README@eaf7493.md"
PART = "wild62_held_out"

SPANS = [(33, 33), (53, 53), (63, 63), (72, 72), (76, 76), (80, 80), (84, 84), (92, 92), (103, 103), (119, 120),
         (123, 126), (137, 137), (144, 144), (156, 157)]
LINK = re.compile(r"\[(.+?) \(\d{4}\.\d{2}\)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = [entry(lines, a, b, LINK.search(lines[a - 1]).group(1).strip()) for a, b in SPANS]
    # every '(yyyy.mm)' link of the file is a paper bullet of SPANS except the two talk videos 5 and 7 (which have
    # a '(name, yyyy.mm)' form and do not match) -- check nothing else matches.
    starts = {a for a, _ in SPANS}
    for n, ln in enumerate(lines, 1):
        if LINK.search(ln):
            assert n in starts, (n, ln)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 14
    assert by[33]["title"] == "WaveNet: A Generative Model for Raw Audio" and by[33]["arxiv"] == "1609.03499"
    assert by[103]["title"] == "Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions"
    assert by[119]["title"].startswith("HybridNet: A Hybrid Neural") and by[119]["arxiv"] is None, by[119]
    assert by[123]["end"] == 126 and by[123]["arxiv"] == "1807.07281", by[123]
    assert by[137]["title"] == "Neural Audio Synthesis of Musical Notes with WaveNet Autoencoders", by[137]
    assert by[156]["title"] == "Fast Generation for Convolutional Autoregressive Models", by[156]
    for n in (5, 9, 36, 66, 106, 129, 132, 136, 140, 147, 152):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each paper bullet '* [<title> (yyyy.mm)](url)' of the Korean TTS resource list (under '### Paper',"
        " directly under a model heading with ' - <author> et al.', or as '* Paper : [...]') is one entry; its"
        " span covers the Korean remark lines below (incl. the column-0 continuation 125).  Title = link text"
        " without the '(yyyy.mm)'.  Talk videos, datasets, tools, blog articles and demos that reuse paper titles"
        " (36, 129, 132, 136), code URLs, the API and the SSML spec are not entries.  14 entries.",
        checked="Read all 157 lines; compared the 14 -v lines with each model section, checked the remark spans"
        " (119-120, 123-126, 156-157), the ids (none for the OpenReview HybridNet), and that the DeepMind/Baidu"
        " blog bullets and demos carrying paper titles are not entries.",
    )


if __name__ == "__main__":
    main()
