import numpy as np
from backprop_ref import cost, log_softmax

z = np.array([1000.0, 0.0, -1000.0])  # a confident output that is wrong: the true class is c = 2
c = 1
with np.errstate(under="ignore", divide="ignore"):
    naive = -np.log(np.exp(z - z.max()) / np.exp(z - z.max()).sum())[c]  # softmax rounds a_2 to 0
by_log_sum_exp = z.max() + np.log(np.exp(z - z.max()).sum()) - z[c]

print(naive, by_log_sum_exp, -log_softmax(z)[c])
# The same number from cost(): a one-layer network whose bias column is z, with input 0.
Theta = {1: np.column_stack([z, np.ones(3)])}
J = cost(Theta, [[0.0]], [[0.0, 1.0, 0.0]], loss="softmax_cross_entropy")
assert J == by_log_sum_exp == 1000.0
