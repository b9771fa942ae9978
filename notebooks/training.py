# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Training a network on handwritten digits
#
# This notebook puts the whole algorithm to work on real data. Every step is one function of
# `backprop_ref`, the package whose code sits next to each formula on this site:
# build a network, check its gradient two ways, train it, and measure how well it reads digits
# it has never seen. Run it top to bottom; the seeds are fixed, so you get the same numbers.
#
# To run it on your machine: in a clone of the repository, `pip install -e ".[notebook]"` installs
# `backprop_ref` with what this notebook uses besides it (matplotlib, scikit-learn) and JupyterLab;
# then open the downloaded file with `jupyter lab`.

# %%
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop_ref import (gradients, gradients_vectorized,
                          init_weights, numerical_gradients,
                          predict, train)

# %% [markdown]
# ## The data
#
# scikit-learn ships 1797 handwritten digits as 8×8 images, so nothing is downloaded. Each image
# becomes a row of $X$ with $s_1 = 64$ pixel intensities, scaled from 0–16 to $[0, 1]$. The
# label $k$ becomes a one-hot row of $Y$: $y_k = 1$ and the other nine entries are 0. A quarter of
# the images is kept aside as a test set that training never sees.

# %%
digits = load_digits()
X = digits.data / 16.0
labels = digits.target
Y = np.eye(10)[labels]
(X_train, X_test, Y_train, Y_test,
 labels_train, labels_test) = train_test_split(
    X, Y, labels, test_size=0.25, random_state=0, stratify=labels)
print("training set:", X_train.shape, Y_train.shape)
print("test set:    ", X_test.shape, Y_test.shape)

# %% [markdown]
# ## The network
#
# Three layers: 64 inputs, 25 hidden units and 10 outputs, one per digit. `init_weights` draws every
# weight from $\mathcal{U}(-\epsilon, \epsilon)$ with $\epsilon = 0.12$; the random start breaks
# the symmetry between hidden units. $\Theta^{(l)}$ has $s_{l+1}$ rows and $s_l + 1$ columns, the
# extra column 0 being the bias.
#
# The output layer is the article's: ten sigmoid units, $h_\Theta(x)_k = g(z^{(3)}_k)$, each trained
# with its own cross-entropy term $-y_k \log h_\Theta(x)_k - (1 - y_k) \log(1 - h_\Theta(x)_k)$,
# summed over the ten units in $J$. So every formula on the site applies to this network as it
# stands, including the output error $\delta^{(3)} = a^{(3)} - y$. Each unit answers its own
# question, "is this digit a $k$?", so the ten outputs need not add up to 1. A
# [softmax output layer](../../softmax/) makes them one probability distribution over the ten
# digits and keeps the same output error; to pick the most active unit, as `predict` does below,
# the sigmoid units are enough.

# %%
sizes = [64, 25, 10]
Theta = init_weights(sizes, epsilon=0.12, seed=0)
for l, Theta_l in Theta.items():
    print(f"Theta[{l}]: {Theta_l.shape}")

# %% [markdown]
# ## Gradient check
#
# Before trusting backpropagation, compare its $D^{(l)} = \partial J / \partial \Theta^{(l)}$
# with a numerical estimate, one weight at a time:
#
# $$\frac{\partial J}{\partial \Theta^{(l)}_{ij}} \approx
#   \frac{J(\Theta + \epsilon E_{ij}) - J(\Theta - \epsilon E_{ij})}{2\epsilon}$$
#
# That costs two evaluations of $J$ per weight, so the check runs on a small network (4 hidden
# units) and 20 examples, with regularization switched on ($\lambda = 1$) so that the bias column
# rule is checked too. A relative difference around $10^{-9}$ or below means the two agree; a wrong
# formula, such as $g(z)$ in place of $g'(z)$, gives differences of order $10^{-1}$.

# %%
small = init_weights([64, 4, 10], seed=1)
X_check, Y_check = X_train[:20], Y_train[:20]
D = gradients(small, X_check, Y_check, lam=1.0)
N = numerical_gradients(small, X_check, Y_check, lam=1.0)
for l in D:
    gap = np.linalg.norm(D[l] - N[l]) / np.linalg.norm(D[l] + N[l])
    print(f"layer {l}: relative difference {gap:.0e}")

# %% [markdown]
# `gradients` follows the article literally, one example at a time. `gradients_vectorized` does
# the same sums with one matrix product per layer and is the one `train` uses. On the full-size
# network and 200 examples both must give the same $D$, up to rounding.

# %%
X_some, Y_some = X_train[:200], Y_train[:200]
D_loop = gradients(Theta, X_some, Y_some, lam=1.0)
D_fast = gradients_vectorized(Theta, X_some, Y_some, lam=1.0)
for l in D_loop:
    same = np.allclose(D_loop[l], D_fast[l], rtol=1e-10, atol=1e-15)
    print(f"layer {l}: same D up to rounding: {same}")

# %% [markdown]
# ## Training
#
# `train` repeats the gradient descent step
#
# $$\Theta^{(l)} := \Theta^{(l)} - \alpha D^{(l)}$$
#
# with learning rate $\alpha = 0.25$ on shuffled mini-batches of 16 examples. One epoch is one
# pass over the 1347 training images; `history` holds the cost $J(\Theta)$ on the whole training
# set before training and after every epoch.

# %%
Theta_trained, history = train(Theta, X_train, Y_train, alpha=0.25,
                               epochs=60, batch_size=16, seed=0)
print(f"J before training: {history[0]:.3f}")
print(f"J after {len(history) - 1} epochs: {history[-1]:.3f}")

# %% alt="Learning curve: the training cost J(Θ), on a logarithmic scale, falls steeply during the first ten epochs, then keeps falling slowly until epoch 60."
fig, ax = plt.subplots(figsize=(6.5, 3.5))
ax.plot(history)
ax.set_yscale("log")
ax.set_xlabel("epoch")
ax.set_ylabel(r"cost $J(\Theta)$, training set")
ax.set_title("Learning curve")
ax.grid(True, alpha=0.3)
plt.show()

# %% [markdown]
# ## Test accuracy
#
# `predict` picks the most active output unit, $\hat y = \arg\max_k h_\Theta(x)_k$. On the test
# images, which training never touched:

# %%
predicted = predict(Theta_trained, X_test)
correct = predicted == labels_test
print(f"test accuracy: {correct.mean():.1%}",
      f"({correct.sum()} of {correct.size} images)")

# %% [markdown]
# ## A few predictions
#
# The first eight test images, then four that the network got wrong. The title is the prediction,
# with the true label in brackets; green when they match, red when they don't.

# %% alt="Twelve 8×8 test digits, each titled with the network's prediction and, in brackets, the true label: the first eight, in green, are read correctly; the last four, in red, are digits the network misread."
shown = np.concatenate([np.arange(8), np.flatnonzero(~correct)[:4]])
fig, axes = plt.subplots(2, 6, figsize=(9, 3.6))
for ax, t in zip(axes.flat, shown):
    ax.imshow(X_test[t].reshape(8, 8), cmap="gray_r")
    colour = "tab:green" if correct[t] else "tab:red"
    ax.set_title(f"{predicted[t]} ({labels_test[t]})", color=colour)
    ax.axis("off")
fig.suptitle("Prediction (true label)")
plt.show()
