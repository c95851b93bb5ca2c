"""torch 1.13 twin of bench/mlp_peak_rss.cpp: the MLP training step's memory over 100 steps."""
import json
import sys

import torch


def status_mib(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key):
                return float(line[len(key):].split()[0]) / 1024.0
    return -1.0


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    torch.manual_seed(0)
    nn = torch.nn
    m = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(),
                      nn.Linear(512, 10))
    x, y = torch.randn(256, 784), torch.randint(0, 10, (256,))
    opt = torch.optim.SGD(m.parameters(), lr=0.01, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    before = status_mib("VmRSS:")
    last = 0.0
    for _ in range(steps):
        loss = loss_fn(m(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        last = loss.item()
    print(json.dumps({"rss_before_mib": round(before, 1), "peak_rss_mib": round(status_mib("VmHWM:"), 1),
                      "loss": round(last, 4)}))


if __name__ == "__main__":
    main()
