# Reference lr sequences for scheduler.test.js from torch 1.13: /usr/bin/python3 scheduler_ref.py
# prints the table the test embeds (lr after creation, then after each of 12 steps).
import torch, json, warnings
warnings.filterwarnings("ignore")
from torch.optim import lr_scheduler as L
def run(make, n=12, opt_kw=dict(lr=0.1), metrics=None):
    p = torch.nn.Parameter(torch.zeros(2))
    opt = torch.optim.SGD([p], **opt_kw)
    s = make(opt)
    lrs = [opt.param_groups[0]['lr']]; mom = [opt.param_groups[0].get('momentum')]
    for i in range(n):
        opt.step()
        if metrics is not None: s.step(metrics[i])
        else: s.step()
        lrs.append(opt.param_groups[0]['lr']); mom.append(opt.param_groups[0].get('momentum'))
    return lrs, mom
out = {}
out['StepLR'] = run(lambda o: L.StepLR(o, step_size=3, gamma=0.5))[0]
out['MultiStepLR'] = run(lambda o: L.MultiStepLR(o, milestones=[2, 5], gamma=0.1))[0]
out['ExponentialLR'] = run(lambda o: L.ExponentialLR(o, gamma=0.9))[0]
out['CosineAnnealingLR'] = run(lambda o: L.CosineAnnealingLR(o, T_max=5, eta_min=0.01))[0]
out['LinearLR'] = run(lambda o: L.LinearLR(o, start_factor=0.25, total_iters=4))[0]
lrs, mom = run(lambda o: L.OneCycleLR(o, max_lr=1.0, total_steps=13), opt_kw=dict(lr=0.1, momentum=0.9))
out['OneCycleLR'] = lrs; out['OneCycleLR_momentum'] = mom
out['LambdaLR'] = run(lambda o: L.LambdaLR(o, lambda e: 0.5 + 1.0 / (e + 1)))[0]
metrics = [1.0, 0.9, 0.95, 0.95, 0.95, 0.8, 0.85, 0.85, 0.85, 0.85, 0.85, 0.85]
out['ReduceLROnPlateau'] = run(lambda o: L.ReduceLROnPlateau(o, patience=1, factor=0.5), metrics=metrics)[0]
out['SequentialLR'] = run(lambda o: L.SequentialLR(o, [L.LinearLR(o, start_factor=0.1, total_iters=2), L.ExponentialLR(o, gamma=0.9)], milestones=[3]))[0]
for k, v in out.items(): print(f"  {k}: {json.dumps(v)},")
