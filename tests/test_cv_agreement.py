#!/usr/bin/env python3
"""bench/cv_agreement.py on hand-made prediction files: counts per run, images wrong in every
run, and a clear refusal of a file that is not a `wbc cv --predictions` file."""
import os
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "cv_agreement.py")
HEADER = "fold,image_id,path,truth,plain_A,plain_B,flips_A,flips_B\n"


def run(*paths):
    return subprocess.run([sys.executable, SCRIPT, *paths], capture_output=True, text=True)


class CvAgreement(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, rows):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(HEADER)
            for i, (truth, p_a) in enumerate(rows):
                # The plain columns disagree with the flips ones: the script must read flips_*.
                f.write(f"1,{i},/x/img{i}.jpg,{truth},{1 - p_a},{p_a},{p_a},{1 - p_a}\n")
        return path

    def test_counts_and_always_wrong(self):
        # img0 right in both, img1 wrong in both (B predicted A), img2 wrong only in run two.
        one = self.write("one.csv", [(0, 0.9), (1, 0.8), (1, 0.3)])
        two = self.write("two.csv", [(0, 0.7), (1, 0.6), (1, 0.6)])
        result = run(one, two)
        self.assertEqual(result.returncode, 0, result.stderr)
        out = result.stdout
        self.assertIn("3 images in all 2 runs", out)
        self.assertIn("one.csv: 2 / 3 right (66.67 %)", out)
        self.assertIn("two.csv: 1 / 3 right (33.33 %)", out)
        self.assertIn("0: 1, 1: 1, 2: 1", out)
        self.assertIn("wrong in every run: 1: B -> A 1", out)
        self.assertIn("img1.jpg  labelled B, predicted A, mean probability 0.70", out)

    def test_error_rate_by_image_number(self):
        # img0..img2 fall in range 0-1 / 2-3 by their number; class B: img1 wrong in both runs,
        # img2 wrong in run two only.
        one = self.write("one.csv", [(0, 0.9), (1, 0.8), (1, 0.3)])
        two = self.write("two.csv", [(0, 0.7), (1, 0.6), (1, 0.6)])
        result = run("--by-number", "2", one, two)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
        self.assertIn("A 0-1 0 / 2 0.0 %", lines)
        self.assertIn("B 0-1 2 / 2 100.0 %", lines)
        self.assertIn("B 2-3 1 / 2 50.0 %", lines)
        result = run("--by-number", "0", one)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("--by-number needs a positive whole number", result.stderr)

    def test_refuses_other_files(self):
        bad = os.path.join(self.dir.name, "bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("image,label\nx.jpg,NEUTROPHIL\n")
        result = run(bad)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("bad.csv: no flips_* columns", result.stderr)
        broken = self.write("broken.csv", [(0, 0.9)])
        with open(broken, "a", encoding="utf-8") as f:
            f.write("1,9,/x/img9.jpg,zero,0.5,0.5,0.5,0.5\n")
        result = run(broken)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("broken.csv:3: unreadable row", result.stderr)

    def test_help_and_missing_file(self):
        result = run("--help")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("--by-number N", result.stdout)
        self.assertIn("wbc cv", result.stdout)
        missing = os.path.join(self.dir.name, "missing.csv")
        result = run(missing)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("missing.csv: cannot read", result.stderr)
        self.assertNotIn("Traceback", result.stderr)
        result = run()
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("RUN.csv", result.stderr)


if __name__ == "__main__":
    unittest.main()
