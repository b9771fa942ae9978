import numpy as np
from backprop_ref import init_weights, predict, train

# Three clouds of points in the plane, one per class; targets are one-hot rows.
rng = np.random.default_rng(0)
centres = np.array([[0.0, 3.0], [3.0, -2.0], [-3.0, -2.0]])
labels = np.repeat([0, 1, 2], 30)
X = centres[labels] + 0.7 * rng.standard_normal((90, 2))
Y = np.eye(3)[labels]

Theta = init_weights([2, 4, 3], seed=0)
loss = "softmax_cross_entropy"
Theta, history = train(Theta, X, Y, alpha=1.0, epochs=200, loss=loss)
accuracy = np.mean(predict(Theta, X, loss=loss) == labels)
print(f"J before: {history[0]:.4f}  after: {history[-1]:.4f}",
      f" accuracy: {accuracy:.2f}")
assert history[-1] < history[0] / 10 and accuracy == 1.0
