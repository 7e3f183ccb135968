#!/usr/bin/python3
"""Plain PyTorch reference for `wbc bench train`: the same LeNet, batch 32, trained from JPEG
files decoded per sample with OpenCV augmentation in a DataLoader, the way a straightforward
Python script would do it. Prints images/s (and JSON with --json).

Run with Debian's interpreter, which has python3-torch 1.13 and python3-opencv:
    /usr/bin/python3 bench/reference_train.py --data ../shared/data/bccd --batches 40
Without --data it writes synthetic 640x480 JPEG smears to a temporary folder first.
"""
import argparse
import glob
import json
import math
import os
import random
import tempfile
import time

import cv2
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset

W, H = 160, 120


class LeNet(nn.Module):
    def __init__(self, classes=2):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, 3)
        self.conv2 = nn.Conv2d(32, 32, 3)
        self.conv3 = nn.Conv2d(32, 64, 3)
        self.fc1 = nn.Linear(64 * 13 * 18, 64)
        self.drop = nn.Dropout(0.7)
        self.fc2 = nn.Linear(64, classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.max_pool2d(F.relu(self.conv3(x)), 2)
        x = F.relu(self.fc1(torch.flatten(x, 1)))
        return self.fc2(self.drop(x))


def augment(img, rng):
    """Flips, rotation, shear, scale, shift and colour jitter, like wbc's Augmenter."""
    h, w = img.shape[:2]
    angle = rng.uniform(-180, 180)
    scale = 1 + rng.uniform(-0.1, 0.1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    shear = rng.uniform(-0.15, 0.15)
    m[0, 1] += shear
    m[0, 2] += rng.uniform(-0.05, 0.05) * w - shear * h / 2
    m[1, 2] += rng.uniform(-0.05, 0.05) * h
    if rng.random() < 0.5:
        img = cv2.flip(img, 1)
    if rng.random() < 0.5:
        img = cv2.flip(img, 0)
    img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_REFLECT_101)
    c = 1 + rng.uniform(-0.1, 0.1)
    gain = np.array([1 + rng.uniform(-0.05, 0.05) for _ in range(3)], np.float32)
    b = rng.uniform(-0.1, 0.1) * 255
    mean = img.reshape(-1, 3).mean(0)
    out = (img.astype(np.float32) - mean) * c * gain + mean * gain + b
    return np.clip(out, 0, 255).astype(np.uint8)


class JpegDataset(Dataset):
    def __init__(self, files, labels, length):
        self.files, self.labels, self.length = files, labels, length

    def __len__(self):
        return self.length

    def __getitem__(self, i):
        rng = random.Random(i)
        k = i % len(self.files)
        img = cv2.imread(self.files[k], cv2.IMREAD_COLOR)  # decoded per sample
        img = cv2.resize(img, (W, H), interpolation=cv2.INTER_AREA)
        img = cv2.cvtColor(augment(img, rng), cv2.COLOR_BGR2RGB)
        x = torch.from_numpy(img).permute(2, 0, 1).float().div_(255)
        return x, self.labels[k]


def synthetic_jpegs(folder, n):
    rng = np.random.default_rng(0)
    files = []
    for i in range(n):
        img = np.full((480, 640, 3), (200, 190, 230), np.uint8)
        for _ in range(14):
            cv2.circle(img, tuple(int(v) for v in rng.integers(0, 640, 2)), 35, (150, 120, 210), -1)
        cv2.circle(img, (320, 240), 60, (160, 60, 90) if i % 2 else (120, 40, 120), -1)
        path = os.path.join(folder, "smear_%05d.jpg" % i)
        cv2.imwrite(path, img)
        files.append(path)
    return files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", help="dataset folder with images/*.jpg (default: synthetic)")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--batches", type=int, default=40)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    tmp = None
    if args.data:
        files = sorted(glob.glob(os.path.join(args.data, "images", "*.jpg")))[:64]
    else:
        tmp = tempfile.TemporaryDirectory()
        files = synthetic_jpegs(tmp.name, 64)
    labels = [i % 2 for i in range(len(files))]
    warm = 3
    total = (args.batches + warm) * args.batch
    loader = DataLoader(JpegDataset(files, labels, total), batch_size=args.batch, shuffle=False,
                        num_workers=args.workers, persistent_workers=args.workers > 0)
    model = LeNet(2).to(memory_format=torch.channels_last)
    opt = torch.optim.Adam(model.parameters(), lr=1e-4)
    model.train()
    seen, start = 0, None
    for step, (x, y) in enumerate(loader):
        if step == warm:
            start, seen = time.perf_counter(), 0
        x = x.contiguous(memory_format=torch.channels_last)
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        seen += x.shape[0]
    rate = seen / (time.perf_counter() - start)
    result = {"mode": "train", "impl": "pytorch-reference", "model": "lenet",
              "batch": args.batch, "images": seen, "threads": torch.get_num_threads(),
              "workers": args.workers, "images_per_second": rate}
    print(json.dumps(result) if args.json else
          "PyTorch reference: lenet, batch %d, %d images, %d threads, %d loader workers: "
          "%.1f images/s" % (args.batch, seen, torch.get_num_threads(), args.workers, rate))


if __name__ == "__main__":
    main()
