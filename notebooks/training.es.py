# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Entrenar una red con dígitos manuscritos
#
# En este cuaderno el algoritmo completo trabaja con datos reales. Cada paso es una función de
# `backprop_ref`, el paquete cuyo código acompaña a cada fórmula de este sitio: construimos una
# red, comprobamos su gradiente de dos maneras, la entrenamos y medimos qué tal reconoce dígitos
# que nunca ha visto. Ejecútelo de principio a fin; las semillas están fijadas, así que obtendrá
# los mismos números.
#
# Para ejecutarlo en su equipo: desde una copia local del repositorio, `pip install -e ".[notebook]"`
# instala `backprop_ref` junto con lo demás que usa este cuaderno (matplotlib, scikit-learn) y
# JupyterLab; después abra el archivo descargado con `jupyter lab`.

# %%
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from backprop_ref import (gradients, gradients_vectorized,
                          init_weights, numerical_gradients,
                          predict, train)

# %% [markdown]
# ## Los datos
#
# scikit-learn incluye 1797 dígitos manuscritos en imágenes de 8×8, así que no hay nada que
# descargar. Cada imagen se convierte en una fila de $X$ con $s_1 = 64$ intensidades de píxel,
# reescaladas de 0–16 a $[0, 1]$. La etiqueta $k$ se convierte en una fila *one-hot* de $Y$:
# $y_k = 1$ y las otras nueve entradas valen 0. Una cuarta parte de las imágenes se reserva como
# conjunto de prueba, que el entrenamiento no ve nunca.

# %%
digits = load_digits()
X = digits.data / 16.0
labels = digits.target
Y = np.eye(10)[labels]
(X_train, X_test, Y_train, Y_test,
 labels_train, labels_test) = train_test_split(
    X, Y, labels, test_size=0.25, random_state=0, stratify=labels)
print("entrenamiento:", X_train.shape, Y_train.shape)
print("prueba:       ", X_test.shape, Y_test.shape)

# %% [markdown]
# ## La red
#
# Tres capas: 64 entradas, 25 unidades ocultas y 10 salidas, una por dígito. `init_weights` toma
# cada peso de $\mathcal{U}(-\epsilon, \epsilon)$ con $\epsilon = 0.12$; el arranque aleatorio
# rompe la simetría entre las unidades ocultas. $\Theta^{(l)}$ tiene $s_{l+1}$ filas y $s_l + 1$
# columnas: la columna 0, la de más, corresponde al sesgo.
#
# La capa de salida es la del artículo: diez unidades sigmoides, $h_\Theta(x)_k = g(z^{(3)}_k)$,
# cada una entrenada con su propio término de entropía cruzada
# $-y_k \log h_\Theta(x)_k - (1 - y_k) \log(1 - h_\Theta(x)_k)$, y $J$ suma los diez. Así, todas
# las fórmulas del sitio valen para esta red tal como está, incluido el error de salida
# $\delta^{(3)} = a^{(3)} - y$. Cada unidad responde a su propia pregunta, «¿es este dígito un
# $k$?», de modo que las diez salidas no tienen por qué sumar 1. Una
# [capa de salida softmax](../../softmax/) las convierte en una única distribución de probabilidad
# sobre los diez dígitos y conserva el mismo error de salida; para elegir la unidad más activa,
# como hace `predict` más abajo, bastan las unidades sigmoides.

# %%
sizes = [64, 25, 10]
Theta = init_weights(sizes, epsilon=0.12, seed=0)
for l, Theta_l in Theta.items():
    print(f"Theta[{l}]: {Theta_l.shape}")

# %% [markdown]
# ## Comprobación del gradiente
#
# Antes de fiarnos de la retropropagación, comparamos su
# $D^{(l)} = \partial J / \partial \Theta^{(l)}$ con una estimación numérica, peso a peso:
#
# $$\frac{\partial J}{\partial \Theta^{(l)}_{ij}} \approx
#   \frac{J(\Theta + \epsilon E_{ij}) - J(\Theta - \epsilon E_{ij})}{2\epsilon}$$
#
# Eso cuesta dos evaluaciones de $J$ por peso, así que la comprobación se hace con una red pequeña
# (4 unidades ocultas) y 20 ejemplos, con la regularización activada ($\lambda = 1$) para
# comprobar también la regla de la columna del sesgo. Una diferencia relativa del orden de
# $10^{-9}$ o menor indica que ambos coinciden; una fórmula equivocada, como $g(z)$ en lugar de
# $g'(z)$, da diferencias del orden de $10^{-1}$.

# %%
small = init_weights([64, 4, 10], seed=1)
X_check, Y_check = X_train[:20], Y_train[:20]
D = gradients(small, X_check, Y_check, lam=1.0)
N = numerical_gradients(small, X_check, Y_check, lam=1.0)
for l in D:
    gap = np.linalg.norm(D[l] - N[l]) / np.linalg.norm(D[l] + N[l])
    print(f"capa {l}: diferencia relativa {gap:.0e}")

# %% [markdown]
# `gradients` sigue el artículo al pie de la letra, un ejemplo cada vez. `gradients_vectorized`
# calcula las mismas sumas con un solo producto de matrices por capa y es la que usa `train`. Con
# la red completa y 200 ejemplos, las dos deben dar la misma $D$, salvo errores de redondeo.

# %%
X_some, Y_some = X_train[:200], Y_train[:200]
D_loop = gradients(Theta, X_some, Y_some, lam=1.0)
D_fast = gradients_vectorized(Theta, X_some, Y_some, lam=1.0)
for l in D_loop:
    same = np.allclose(D_loop[l], D_fast[l], rtol=1e-10, atol=1e-15)
    print(f"capa {l}: misma D salvo redondeo: {same}")

# %% [markdown]
# ## Entrenamiento
#
# `train` repite el paso de descenso del gradiente
#
# $$\Theta^{(l)} := \Theta^{(l)} - \alpha D^{(l)}$$
#
# con tasa de aprendizaje $\alpha = 0.25$, sobre minilotes barajados de 16 ejemplos. Una época es
# una pasada por las 1347 imágenes de entrenamiento; `history` guarda el coste $J(\Theta)$ sobre
# todo el conjunto de entrenamiento antes de empezar y después de cada época.

# %%
Theta_trained, history = train(Theta, X_train, Y_train, alpha=0.25,
                               epochs=60, batch_size=16, seed=0)
print(f"J antes de entrenar: {history[0]:.3f}")
print(f"J tras {len(history) - 1} épocas: {history[-1]:.3f}")

# %% alt="Curva de aprendizaje: el coste de entrenamiento J(Θ), en escala logarítmica, baja deprisa durante las diez primeras épocas y después sigue bajando despacio hasta la época 60."
fig, ax = plt.subplots(figsize=(6.5, 3.5))
ax.plot(history)
ax.set_yscale("log")
ax.set_xlabel("época")
ax.set_ylabel(r"coste $J(\Theta)$, entrenamiento")
ax.set_title("Curva de aprendizaje")
ax.grid(True, alpha=0.3)
plt.show()

# %% [markdown]
# ## Exactitud en el conjunto de prueba
#
# `predict` elige la unidad de salida más activa, $\hat y = \arg\max_k h_\Theta(x)_k$. Sobre las
# imágenes de prueba, que el entrenamiento no ha tocado:

# %%
predicted = predict(Theta_trained, X_test)
correct = predicted == labels_test
print(f"exactitud en prueba: {correct.mean():.1%}",
      f"({correct.sum()} de {correct.size} imágenes)")

# %% [markdown]
# ## Algunas predicciones
#
# Las ocho primeras imágenes de prueba y, después, cuatro en las que la red se equivocó. El título
# es la predicción, con la etiqueta real entre paréntesis: en verde si coinciden y en rojo si no.

# %% alt="Doce dígitos de prueba de 8×8, cada uno con la predicción de la red como título y, entre paréntesis, la etiqueta real: los ocho primeros, en verde, están bien leídos; los cuatro últimos, en rojo, son dígitos en los que la red se equivocó."
shown = np.concatenate([np.arange(8), np.flatnonzero(~correct)[:4]])
fig, axes = plt.subplots(2, 6, figsize=(9, 3.6))
for ax, t in zip(axes.flat, shown):
    ax.imshow(X_test[t].reshape(8, 8), cmap="gray_r")
    colour = "tab:green" if correct[t] else "tab:red"
    ax.set_title(f"{predicted[t]} ({labels_test[t]})", color=colour)
    ax.axis("off")
fig.suptitle("Predicción (etiqueta real)")
plt.show()
