import numpy as np
from backprop_ref import backward, cost, forward, gradients, init_weights, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])
Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)
m, lam = len(X), 0.001


def D_batch(Theta, batch):
    """The batch's average of delta a^T, plus the penalty of J over all m."""
    Delta = {l: np.zeros_like(T) for l, T in Theta.items()}
    for t in batch:
        a, z = forward(Theta, X[t])
        d = backward(Theta, a, z, Y[t])
        for l in Delta:
            Delta[l] += np.outer(d[l + 1], a[l])
    D = {l: Delta[l] / len(batch) for l in Delta}
    for l, T in Theta.items():
        D[l][:, 1:] += lam / m * T[:, 1:]  # lam / m, not lam / |B|
    return D


batches = [[0, 1], [2, 3]]
D_B = [D_batch(Theta, batch) for batch in batches]
D = gradients(Theta, X, Y, lam=lam)
print(D_B[0][2].round(6), D_B[1][2].round(6))
print(((D_B[0][2] + D_B[1][2]) / 2).round(6), D[2].round(6))
for l in D:
    assert np.allclose((D_B[0][l] + D_B[1][l]) / 2, D[l]), "mean is not dJ/dTheta"

_, full = train(Theta, X, Y, alpha=3.0, epochs=300, lam=lam)
_, mini = train(Theta, X, Y, alpha=3.0, epochs=300, batch_size=2, lam=lam, seed=0)
print(f"300 epochs, full batch (300 steps): J = {full[-1]:.6f}")
print(f"300 epochs, |B| = 2    (600 steps): J = {mini[-1]:.6f}")
