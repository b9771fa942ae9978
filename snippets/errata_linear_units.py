import numpy as np
from backprop_ref import init_weights, predict, split_theta, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])  # XOR

# A 2-3-1 network whose hidden units are linear, g(z) = z:
b2, W2 = split_theta(init_weights([2, 3], epsilon=1.0, seed=1)[1])
b3, W3 = split_theta(init_weights([3, 1], epsilon=1.0, seed=2)[1])
h = (W2 @ X.T + b2[:, None]).T @ W3.T + b3
W, b = W3 @ W2, W3 @ b2 + b3  # one layer with these weights: the same outputs
assert np.allclose(h, X @ W.T + b), "linear layers compose to one linear layer"

# So the best it can do on XOR is the best straight-line fit: 0.5 for every input.
ones_X = np.column_stack([np.ones(len(X)), X])
best, *_ = np.linalg.lstsq(ones_X, Y, rcond=None)
print("best linear fit:        ", (ones_X @ best)[:, 0].round(6))

Theta = init_weights([2, 3, 1], epsilon=1.0, seed=0)
Theta, _ = train(Theta, X, Y, alpha=3.0, epochs=300)
print("sigmoid hidden units:   ", predict(Theta, X), "XOR:", Y[:, 0].astype(int))
