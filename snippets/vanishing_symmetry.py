import numpy as np
from backprop_ref import cost, forward, init_weights, predict, train

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])            # XOR

equal = {1: np.full((4, 3), 0.5), 2: np.full((1, 5), 0.5)}
Theta, history = train(equal, X, Y, alpha=1.0, epochs=2000)
rows = Theta[1]
assert np.allclose(rows, rows[0])          # four identical hidden units
assert np.allclose(Theta[2][:, 1:], Theta[2][0, 1])   # and weights out
assert np.allclose(rows[:, 1], rows[:, 2])  # x1 and x2 weighted alike
print("equal start, Theta(1) after 2000 epochs:")
print(rows.round(4))

# The one unit sees x1 + x2 (0, 1 or 2) and the output is monotone in it. Its
# best answer: 0 for (0,0), and for the three others (targets 1, 1, 0) the
# constant 2/3. A one-weight network answers g(log 2) = 2/3 to every input.
two_thirds = {1: np.array([[np.log(2.0), 0.0]])}
H = cost(two_thirds, [[0.0]] * 3, [[1.0], [1.0], [0.0]])
floor = 0.75 * H                           # (0,0) adds 0, the others 3 H
for p in (0.6, 0.65, 0.7):                 # 2/3 is the best constant
    other = {1: np.array([[np.log(p / (1 - p)), 0.0]])}
    assert cost(other, [[0.0]] * 3, [[1.0], [1.0], [0.0]]) > H
assert np.all(np.diff(history) < 0)        # alpha = 1: J falls every epoch
assert floor < history[-1] < floor + 0.02  # ... towards the floor
outputs = np.array([forward(Theta, x)[0][3][0] for x in X])
assert not np.array_equal(predict(Theta, X), Y[:, 0])  # not XOR
print(f"J: {history[0]:.4f} -> {history[-1]:.4f}, 3/4 H(2/3) = {floor:.4f}")
print("outputs:", outputs.round(2), "predicted:", predict(Theta, X))

Theta, history = train(init_weights([2, 4, 1], epsilon=1.0, seed=0), X, Y,
                       alpha=1.0, epochs=2000)
assert not np.allclose(Theta[1], Theta[1][0])
assert np.array_equal(predict(Theta, X), Y[:, 0])      # XOR
print(f"random start, J: {history[0]:.4f} -> {history[-1]:.4f},",
      "predicted:", predict(Theta, X))
